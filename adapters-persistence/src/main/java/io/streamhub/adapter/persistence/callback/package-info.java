/** The callback outbox and endpoints, in each app's own database. */
package io.streamhub.adapter.persistence.callback;
