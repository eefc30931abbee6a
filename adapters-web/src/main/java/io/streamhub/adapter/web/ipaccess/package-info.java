/**
 * Network security over HTTP: {@link io.streamhub.adapter.web.ipaccess.IpAccessFilter} checks every
 * request (API and static mounts) against IP rules and bans and reports offenses;
 * {@link io.streamhub.adapter.web.ipaccess.IpAccessController} serves {@code /api/v1/security}.
 */
package io.streamhub.adapter.web.ipaccess;
