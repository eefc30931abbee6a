/** App secrets, AES-256-GCM encrypted in {@code app_secrets}; javax.crypto only, no extra library. */
package io.streamhub.adapter.persistence.secret;
