/** The app's object storage: checking its bucket. */
package io.streamhub.adapter.web.storage;
