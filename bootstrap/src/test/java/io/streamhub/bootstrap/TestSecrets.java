package io.streamhub.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every secret the tests use, one per line in {@code target/test-secrets/<pid>.txt}: the constants of
 * {@link ApiTestSupport}, each bearer credential sent, and each JSON string field named like a token, secret or
 * password in a request or an answer (minted {@code sk_} tokens, session JWTs, callback secrets, passwords).
 * architecture-tests' {@code LogsCarryNoSecretsTest}, run after this module, searches all test log output for them.
 */
final class TestSecrets {
    private static final Pattern FIELD = Pattern.compile("\"(\\w*(?i:token|secret|password|secretKey|accessKey))\"\\s*:\\s*\"([^\"]{8,})\"");
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    private static final Path FILE = Path.of("target", "test-secrets", ProcessHandle.current().pid() + ".txt");

    private TestSecrets() {
    }

    static void remember(String... secrets) {
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 8 && SEEN.add(secret)) {
                try {
                    Files.createDirectories(FILE.getParent());
                    Files.writeString(FILE, secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    static void rememberFieldsOf(String json) {
        if (json == null) {
            return;
        }
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            remember(m.group(2));
        }
    }
}
