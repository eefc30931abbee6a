package io.streamhub.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's "secrets never appear in any log line", checked on the whole suite's output: every secret the
 * tests used (bootstrap's {@code TestSecrets} writes them to {@code target/test-secrets}) is searched for in all
 * log output the build kept: the test JVMs' output ({@code surefire-reports}, {@code failsafe-reports}), the log
 * files ({@code target/logs}, rotated {@code .gz} included) and the cores started by the jar ITs
 * ({@code target/core-logs}). This module builds after bootstrap, so it sees the whole reactor's reports;
 * scripts/test.sh runs it once more after the WebRTC journeys.
 */
class LogsCarryNoSecretsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> LOG_DIRS = List.of("surefire-reports", "failsafe-reports", "logs", "core-logs");

    @Test
    void noSecretTheTestsUsedAppearsInAnyLogOutput() throws IOException {
        Set<String> secrets = secrets();
        assumeFalse(secrets.isEmpty(), "no */target/test-secrets: bootstrap's tests did not run in this build");
        List<Path> files = logFiles();
        List<String> hits = new ArrayList<>();
        for (Path file : files) {
            String text = read(file);
            for (String secret : secrets) {
                int at = text.indexOf(secret);
                if (at >= 0) {
                    int from = Math.max(0, at - 80);
                    hits.add(ROOT.relativize(file) + ": …" + text.substring(from, Math.min(text.length(), at + secret.length() + 40))
                            .replace(secret, "<SECRET " + secret.substring(0, 4) + "…>") + "…");
                }
            }
        }
        assertEquals(List.of(), hits, "secrets found in log output (" + files.size() + " files, " + secrets.size() + " secrets searched)");
    }

    private static Set<String> secrets() throws IOException {
        Set<String> secrets = new LinkedHashSet<>();
        for (Path dir : moduleDirs("test-secrets")) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(s -> s.length() >= 8).forEach(secrets::add);
                }
            }
        }
        return secrets;
    }

    private static List<Path> logFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String name : LOG_DIRS) {
            for (Path dir : moduleDirs(name)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).forEach(out::add);
                }
            }
        }
        return out;
    }

    /** {@code <module>/target/<name>} for every module that has one. */
    private static List<Path> moduleDirs(String name) throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.map(m -> m.resolve("target").resolve(name)).filter(Files::isDirectory).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
