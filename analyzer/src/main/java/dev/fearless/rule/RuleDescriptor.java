package dev.fearless.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A rule with its metadata and its documentation, as the engine, the CLI and the reports see it.
 * {@code precision} is the share of its findings on real code that reviewers judged real, as the
 * level GitHub code scanning reads ({@code very-high}, {@code high}, {@code medium}, {@code low}), or
 * empty when too few were judged; it comes from {@code rules/precision.tsv}, which the review tool
 * ({@code bench/review.sh levels}) writes from the recorded verdicts.
 */
public record RuleDescriptor(String id, Family family, Severity severity, String summary, List<String> peers,
                             String documentation, String precision, Rule rule) {

    public RuleDescriptor {
        peers = List.copyOf(peers);
    }

    /** The same rule, reported at another severity (a project's configuration). */
    public RuleDescriptor withSeverity(Severity value) {
        return new RuleDescriptor(id, family, value, summary, peers, documentation, precision, rule);
    }

    /** Reads a rule's {@link RuleMeta} and its {@code rules/<Id>.md} doc from the rule's class path. */
    public static RuleDescriptor of(Rule rule) {
        Class<?> type = rule.getClass();
        RuleMeta meta = type.getAnnotation(RuleMeta.class);
        if (meta == null) {
            throw new IllegalArgumentException(type.getName() + " has no @RuleMeta");
        }
        String id = type.getSimpleName();
        return new RuleDescriptor(id, meta.family(), meta.severity(), meta.summary(), List.of(meta.peers()),
                documentation(type, id), precision(type, id), rule);
    }

    /** The rule's measured precision level from {@code rules/precision.tsv} beside its doc, or empty. */
    private static String precision(Class<?> type, String id) {
        try (InputStream in = type.getResourceAsStream("/rules/precision.tsv")) {
            if (in == null) {
                return "";
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t");
                if (!line.startsWith("#") && cells.length > 1 && cells[0].equals(id)) {
                    String level = cells[1].strip();
                    return level.equals("-") ? "" : level;
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String documentation(Class<?> type, String id) {
        try (InputStream in = type.getResourceAsStream("/rules/" + id + ".md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code @SuppressWarnings} names that silence this rule: {@code "fearless"},
     * {@code "fearless:<id>"}, and the id of the equivalent Error Prone check or javac lint, if any
     * (code already reviewed under Error Prone or {@code javac -Xlint} keeps its suppressions).
     */
    public List<String> suppressionNames() {
        List<String> names = new java.util.ArrayList<>(List.of("fearless", "fearless:" + id));
        for (String peer : peers) {
            if (peer.startsWith("errorprone:") || peer.startsWith("javac:")) {
                names.add(peer.substring(peer.indexOf(':') + 1));
            }
        }
        return List.copyOf(names);
    }

    /** The doc without its title line, for SARIF help text. */
    public String help() {
        String doc = documentation.strip();
        if (doc.startsWith("# ")) {
            int newline = doc.indexOf('\n');
            doc = newline < 0 ? "" : doc.substring(newline + 1).strip();
        }
        return doc;
    }
}
