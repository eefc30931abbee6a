/** Outbound callbacks over HTTP: the endpoints and delivery-log API, the JSON envelope, the sender. */
package io.streamhub.adapter.web.callback;
