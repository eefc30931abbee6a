/**
 * CDN provider adapters (Bunny, Cloudflare, CloudFront, Fastly) behind one distribution out-port,
 * chosen by configuration. May depend on the application; never on another adapter.
 */
package io.streamhub.adapter.cdn;
