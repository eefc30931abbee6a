/** API tokens: scope, hashed form and IP allowlists. Plain Java only. */
package io.streamhub.domain.token;
