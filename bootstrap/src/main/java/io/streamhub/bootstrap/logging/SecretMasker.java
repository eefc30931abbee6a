package io.streamhub.bootstrap.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts the shapes secrets come in, so that no log line (stdout, file, {@code server_logs}) carries one:
 * {@code sk_}/{@code whsec_}/{@code clt_} tokens, JWTs, {@code Bearer}/{@code Basic} credentials, AWS access
 * key ids, passwords in URLs, and the value of any {@code key=value} / {@code "key":"value"} pair whose key
 * names a password, secret, token or key. Works on plain text and on JSON-escaped text ({@code \"password\":\"…\"}).
 * What it cannot recognise (a bare random string with no telling key) it cannot mask: log values, not secrets.
 */
public final class SecretMasker {
    static final String MASK = "***";

    /** A key naming a secret: anything containing password, pass (as a word), secret, token, api key, access key… */
    private static final String SECRET_KEY = "[A-Za-z0-9_.-]*(?:passw(?:or)?d|(?<![a-z])pass(?![a-z])|secret|token|api[_-]?key"
            + "|access[_-]?key|private[_-]?key|credential)[A-Za-z0-9_.-]*";

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            // Authorization header values (before the key rule, which would mask only the scheme word)
            new Rule(Pattern.compile("(?i)\\b(bearer|basic)(\\s+)[A-Za-z0-9._~+/=-]+"), "$1$2" + MASK),
            // JSON web tokens: header.payload[.signature]
            new Rule(Pattern.compile("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]*)?"), "eyJ" + MASK),
            // prefixed tokens: API tokens, callback signing secrets, cluster tokens, Stripe-like keys
            new Rule(Pattern.compile("\\b(sk|whsec|clt|rk|pk)_[A-Za-z0-9_-]{6,}"), "$1_" + MASK),
            // AWS access key ids
            new Rule(Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b"), "$1" + MASK),
            // user:password@ in URLs (redis://, s3://, https://)
            new Rule(Pattern.compile("(://[^/\\s:@\"\\\\]*:)[^@/\\s\"\\\\]+@"), "$1" + MASK + "@"),
            // "key":"value" (also JSON-escaped), the whole quoted value
            new Rule(Pattern.compile("(?i)(" + SECRET_KEY + "\\\\?\"\\s*:\\s*\\\\?\")[^\"\\\\]*"), "$1" + MASK),
            // key=value and key: value, up to a separator
            new Rule(Pattern.compile("(?i)(" + SECRET_KEY + "(?:\\\\?\")?\\s*[:=]\\s*(?:\\\\?\")?)([^\"\\\\\\s,;&}\\]]+)"), "$1" + MASK));

    private SecretMasker() {
    }

    /** The text with every recognised secret replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(out);
            if (m.find()) {
                out = m.replaceAll(rule.replacement);
            }
        }
        return out;
    }
}
