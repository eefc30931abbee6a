package io.streamhub.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser of the Prometheus text exposition format 0.0.4 (no Java parser of it ships with
 * the client libraries, which only write it). It refuses what Prometheus would refuse: malformed
 * lines, bad names or escapes, samples outside a declared family, duplicate series, repeated
 * TYPE lines, non-cumulative histogram buckets and a {@code +Inf} bucket that differs from {@code _count}.
 */
final class PrometheusText {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(.*)\\})? (\\S+)( -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?|Inf|NaN)");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    record Family(String name, String type, List<Sample> samples) {
    }

    private final Map<String, Family> families = new LinkedHashMap<>();

    private PrometheusText() {
    }

    static PrometheusText parse(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition must end with a line feed");
        }
        PrometheusText parsed = new PrometheusText();
        Set<String> seen = new java.util.HashSet<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                parsed.comment(line, number);
                continue;
            }
            Sample sample = sample(line, number);
            Family family = parsed.familyOf(sample.name()).orElse(null);
            if (family == null) {
                throw new IllegalArgumentException("line " + number + ": sample without a TYPE: " + line);
            }
            if (!seen.add(sample.name() + new TreeMap<>(sample.labels()))) {
                throw new IllegalArgumentException("line " + number + ": duplicate series " + line);
            }
            family.samples().add(sample);
        }
        parsed.families.values().forEach(PrometheusText::checkHistogram);
        return parsed;
    }

    private void comment(String line, int number) {
        Matcher type = TYPE.matcher(line);
        if (type.matches()) {
            if (families.putIfAbsent(type.group(1), new Family(type.group(1), type.group(2), new ArrayList<>())) != null) {
                throw new IllegalArgumentException("line " + number + ": second TYPE for " + type.group(1));
            }
        } else if (!HELP.matcher(line).matches() && (line.startsWith("# HELP") || line.startsWith("# TYPE"))) {
            throw new IllegalArgumentException("line " + number + ": malformed " + line);
        }
    }

    private static Sample sample(String line, int number) {
        Matcher m = SAMPLE.matcher(line);
        if (!m.matches() || !FLOAT.matcher(m.group(4)).matches()) {
            throw new IllegalArgumentException("line " + number + ": not a sample: " + line);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        String body = m.group(3) == null ? "" : m.group(3);
        int at = 0;
        while (at < body.length()) {
            Matcher label = LABEL.matcher(body).region(at, body.length());
            if (!label.lookingAt()) {
                throw new IllegalArgumentException("line " + number + ": bad label list: " + line);
            }
            String value = label.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
            if (labels.put(label.group(1), value) != null) {
                throw new IllegalArgumentException("line " + number + ": label repeated: " + line);
            }
            at = label.end();
        }
        return new Sample(m.group(1), labels, number(m.group(4)));
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private java.util.Optional<Family> familyOf(String sample) {
        Family exact = families.get(sample);
        if (exact != null) {
            return java.util.Optional.of(exact);
        }
        for (String suffix : List.of("_bucket", "_count", "_sum")) {
            if (sample.endsWith(suffix)) {
                Family family = families.get(sample.substring(0, sample.length() - suffix.length()));
                if (family != null && (family.type().equals("histogram") || family.type().equals("summary"))) {
                    return java.util.Optional.of(family);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static void checkHistogram(Family family) {
        if (!family.type().equals("histogram")) {
            return;
        }
        Map<Map<String, String>, List<Sample>> bySeries = new LinkedHashMap<>();
        for (Sample s : family.samples()) {
            if (s.name().endsWith("_bucket")) {
                Map<String, String> key = new TreeMap<>(s.labels());
                key.remove("le");
                bySeries.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        bySeries.forEach((labels, buckets) -> {
            double previousLe = Double.NEGATIVE_INFINITY;
            double previousCount = 0;
            for (Sample bucket : buckets) {
                double le = number(Objects.requireNonNull(bucket.labels().get("le"), "bucket without le"));
                if (le <= previousLe || bucket.value() < previousCount) {
                    throw new IllegalArgumentException(family.name() + labels + ": buckets not increasing and cumulative");
                }
                previousLe = le;
                previousCount = bucket.value();
            }
            if (previousLe != Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(family.name() + labels + ": no +Inf bucket");
            }
            double count = family.samples().stream()
                    .filter(s -> s.name().equals(family.name() + "_count") && new TreeMap<>(s.labels()).equals(labels))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(family.name() + labels + ": no _count"))
                    .value();
            if (count != previousCount) {
                throw new IllegalArgumentException(family.name() + labels + ": +Inf bucket " + previousCount + " != count " + count);
            }
        });
    }

    Family family(String name) {
        Family family = families.get(name);
        if (family == null) {
            throw new AssertionError("no metric family " + name + " in " + families.keySet());
        }
        return family;
    }

    /** The value of the one sample with exactly these labels ({@code "k", "v", …}); fails if there is none. */
    double value(String sample, String... labels) {
        Map<String, String> wanted = new TreeMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        Family family = familyOf(sample).orElseThrow(() -> new AssertionError("no metric family for " + sample + " in " + families.keySet()));
        return family.samples().stream()
                .filter(s -> s.name().equals(sample) && new TreeMap<>(s.labels()).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + sample + wanted + "; have " + family.samples()))
                .value();
    }

    Set<String> familyNames() {
        return families.keySet();
    }

    List<Sample> samples(String sample) {
        return familyOf(sample).map(f -> f.samples().stream().filter(s -> s.name().equals(sample)).toList()).orElse(List.of());
    }
}
