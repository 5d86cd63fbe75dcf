package dev.fearless.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A rule with its metadata and its documentation, as the engine, the CLI and the reports see it.
 * {@code precision} is the share of its findings on real code that reviewers judged real, as the
 * level GitHub code scanning reads ({@code very-high}, {@code high}, {@code medium}, {@code low}), or
 * empty when too few were judged; it comes from {@code rules/precision.tsv}, which the review tool
 * ({@code bench/review.sh levels}) writes from the recorded verdicts.
 */
public record RuleDescriptor(String id, Family family, Severity severity, String summary, List<String> peers,
                             String documentation, String precision, Rule rule) {

    /** Error Prone checks' {@code altNames}, which its {@code @SuppressWarnings} handling accepts as well. */
    private static final Map<String, List<String>> ERROR_PRONE_ALT_NAMES =
            Map.of("GuardedBy", List.of("GuardedByChecker"));

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
     * The names that silence this rule: {@code "fearless"}, {@code "fearless:<id>"}, and those of the
     * equivalent checks of other tools (its {@link #peers}), as each tool's own suppressions name them:
     * an Error Prone check's or a javac lint's id and an IntelliJ inspection's in {@code @SuppressWarnings},
     * a Sonar rule's key ({@code "java:S2142"}, or the older {@code "squid:S2142"}), a PMD rule's
     * ({@code "PMD.AvoidThreadGroup"}), and a SpotBugs bug pattern in {@code @SuppressFBWarnings}
     * ({@code spotbugs:<pattern>}). Code already reviewed under those tools keeps its suppressions. An Error Prone
     * check is also silenced by its alternative names ({@code "GuardedByChecker"} for {@code GuardedBy}), as Error
     * Prone itself reads them.
     */
    public List<String> suppressionNames() {
        List<String> names = new java.util.ArrayList<>(List.of("fearless", "fearless:" + id));
        for (String peer : peers) {
            String tool = peer.substring(0, peer.indexOf(':') + 1);
            String check = peer.substring(tool.length());
            switch (tool) {
                case "errorprone:" -> {
                    names.add(check);
                    names.addAll(ERROR_PRONE_ALT_NAMES.getOrDefault(check, List.of()));
                }
                case "javac:", "intellij:" -> names.add(check);
                case "sonar:" -> names.addAll(List.of("java:" + check, "squid:" + check));
                case "pmd:" -> names.add("PMD." + check);
                case "spotbugs:" -> names.add(peer);
                default -> { } // a tool without source suppressions (Infer's are not annotations we read)
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
