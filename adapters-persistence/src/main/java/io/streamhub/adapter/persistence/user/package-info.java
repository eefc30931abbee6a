/** Dashboard users and tenant memberships in the global store ({@code users}, {@code memberships}). */
package io.streamhub.adapter.persistence.user;
