/** Driven ports: what the application needs from the outside, in domain language. No SDK types. */
package io.streamhub.application.port.out;
