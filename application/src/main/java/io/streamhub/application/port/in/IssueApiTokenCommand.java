package io.streamhub.application.port.in;

import io.streamhub.domain.token.IpAllowlist;
import io.streamhub.domain.token.TokenScope;
import java.util.Optional;

/** Mint an API token; {@code appId} is required for, and only for, the app scope. */
public record IssueApiTokenCommand(String name, TokenScope scope, Optional<Long> appId, IpAllowlist allowedIps) {
}
