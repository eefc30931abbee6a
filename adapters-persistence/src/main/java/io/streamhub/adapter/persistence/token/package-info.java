/** API tokens in the global store ({@code api_tokens}, read joined with {@code apps}): hashes only, never plaintext. */
package io.streamhub.adapter.persistence.token;
