/** IP addresses, networks and client-address resolution behind proxies. JDK only, no DNS. */
package io.streamhub.domain.net;
