/** Media nodes: identity, operator status, declared capacity and reported load. Plain Java only. */
package io.streamhub.domain.node;
