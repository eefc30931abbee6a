package io.streamhub.domain.room;

import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.RoomPrefix;
import io.streamhub.domain.error.AccessDeniedException;
import io.streamhub.domain.error.InvalidInputException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link JoinRequest} into a {@link JoinGrant} for one app. Rules:
 * <ul>
 *   <li>the room is namespaced by the app's prefix, so a token can never name another app's room;</li>
 *   <li>hidden (QC) participants only when the app enables {@code features.hiddenQc};</li>
 *   <li>publishing is on by default, off by default for recorders and hidden participants;</li>
 *   <li>audio-only publishers may publish the microphone only;</li>
 *   <li>ttl is {@code <n>s|m|h|d} or seconds, 1 minute to 24 hours, default 6 hours;</li>
 *   <li>identity and name at most 120 characters, metadata at most 2000.</li>
 * </ul>
 * A missing identity is supplied by the caller (the domain draws no random numbers).
 */
public final class JoinPolicy {
    public static final Duration DEFAULT_TTL = Duration.ofHours(6);
    private static final Duration MIN_TTL = Duration.ofMinutes(1);
    private static final Duration MAX_TTL = Duration.ofHours(24);
    private static final Pattern TTL = Pattern.compile("^(\\d{1,6})([smhd]?)$");

    public JoinGrant grant(RoomPrefix prefix, AppConfig.Features features, JoinRequest request, Supplier<String> fallbackIdentity) {
        String room = prefix.namespace(request.room());
        String identity = text("identity", request.identity() == null ? fallbackIdentity.get() : request.identity(), 120);
        if (identity.isBlank()) {
            throw new InvalidInputException("identity", "identity must not be blank");
        }
        boolean hidden = Boolean.TRUE.equals(request.hidden());
        if (hidden && !features.hiddenQc()) {
            throw new AccessDeniedException("hidden participants are disabled for this app (features.hiddenQc)");
        }
        boolean recorder = Boolean.TRUE.equals(request.recorder());
        boolean canPublish = request.canPublish() != null ? request.canPublish() : !(recorder || hidden);
        boolean canSubscribe = request.canSubscribe() == null || request.canSubscribe();
        return new JoinGrant(room, identity, text("name", request.name() == null ? identity : request.name(), 120),
                canPublish, canSubscribe, true, hidden, recorder, Boolean.TRUE.equals(request.audioOnly()),
                text("metadata", request.metadata() == null ? "" : request.metadata(), 2000), ttl(request.ttl()));
    }

    /** A subscribe-only, hidden viewer for public playback. */
    public JoinGrant viewer(RoomPrefix prefix, String room, String identity) {
        return new JoinGrant(prefix.namespace(room), identity, identity, false, true, false, true, false, false, "", DEFAULT_TTL);
    }

    /**
     * A subscribe-only viewer handed out by the viewer router: not hidden, so it counts in the room's
     * WebRTC audience (the ceiling of {@code distribution.edge.maxWebrtcViewers} depends on it).
     */
    public JoinGrant subscriber(String namespacedRoom, String identity) {
        text("identity", identity, 120);
        if (identity.isBlank()) {
            throw new InvalidInputException("identity", "identity must not be blank");
        }
        return new JoinGrant(namespacedRoom, identity, identity, false, true, false, false, false, false, "", DEFAULT_TTL);
    }

    static Duration ttl(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_TTL;
        }
        Matcher m = TTL.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidInputException("ttl", "ttl must be a number of seconds or <n>s, <n>m, <n>h, <n>d");
        }
        long n = Long.parseLong(m.group(1));
        Duration ttl = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
        if (ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0) {
            throw new InvalidInputException("ttl", "ttl must be between 1 minute and 24 hours");
        }
        return ttl;
    }

    private static String text(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidInputException(field, field + " must not contain control characters");
            }
        }
        return value;
    }
}
