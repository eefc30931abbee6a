package io.streamhub.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What must hold before the context starts. In production ({@code STREAMHUB_ENV=production}, or
 * {@code NODE_ENV=production} as in the reference) a missing or short {@code STREAMHUB_JWT_SECRET}
 * is a refusal to start; in development a random per-process secret is used and said so.
 */
final class StartupChecks {
    static final int MIN_SECRET_LENGTH = 32;

    static final class RefusedToStart extends Exception {
        RefusedToStart(String message) {
            super(message);
        }
    }

    private StartupChecks() {
    }

    /** @return system properties to set before the context starts */
    static Map<String, String> prepare(Map<String, String> env) throws RefusedToStart {
        Map<String, String> properties = new HashMap<>();
        boolean production = "production".equals(lower(env.get("STREAMHUB_ENV"))) || "production".equals(lower(env.get("NODE_ENV")));
        String secret = env.getOrDefault("STREAMHUB_JWT_SECRET", "");
        if (secret.length() < MIN_SECRET_LENGTH) {
            if (production) {
                throw new RefusedToStart(secret.isEmpty()
                        ? "STREAMHUB_JWT_SECRET is not set; production needs a secret of at least " + MIN_SECRET_LENGTH + " characters"
                        : "STREAMHUB_JWT_SECRET is shorter than " + MIN_SECRET_LENGTH + " characters");
            }
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            properties.put("streamhub.jwt-secret", Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            System.err.println("streamhub: STREAMHUB_JWT_SECRET is unset or short; using a random secret for this process"
                    + " (dashboard sessions end at restart). Set it in production.");
        }
        Path dataDir = Path.of(env.getOrDefault("DATA_DIR", "./data"));
        try {
            // sqlite-jdbc creates the database file but not its directory
            Files.createDirectories(dataDir.resolve("data"));
            Files.createDirectories(dataDir.resolve("apps"));
        } catch (IOException e) {
            throw new RefusedToStart("cannot create DATA_DIR " + dataDir.toAbsolutePath() + ": " + e.getMessage());
        }
        return properties;
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
