/**
 * The HTTP adapter: thin controllers over the application's in-ports, the security gate and the
 * single error model. May depend on the application and Micronaut; never on another adapter.
 */
package io.streamhub.adapter.web;
