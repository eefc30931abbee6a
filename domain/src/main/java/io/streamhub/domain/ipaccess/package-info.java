/**
 * Network security: CIDR allow/block rules, the access mode, and the auto-ban policy with escalating
 * ban times. Pure rules over addresses and instants; JDK and {@code domain.net} only.
 */
package io.streamhub.domain.ipaccess;
