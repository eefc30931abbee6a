/** The media-node registry in the global store. Part of the persistence adapter. */
package io.streamhub.adapter.persistence.node;
