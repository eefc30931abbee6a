/** The application layer: ports in and out, and the services behind the in-ports. Depends on the domain only. */
package io.streamhub.application;
