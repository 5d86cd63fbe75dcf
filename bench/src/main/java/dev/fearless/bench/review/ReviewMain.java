package dev.fearless.bench.review;

import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review tool (bench/review.sh): draws seeded samples of findings from a SARIF scan of the bench
 * corpus for reviewers, and tallies the recorded verdicts into precision per rule and per group.
 *
 * <pre>
 *   sample    --sarif F --seed N [--per-group K] [--groups races,deadlock,misuse] [--all-cycles]
 *             [--blind] [--name NAME] [--out FILE]  write a sample to judge (markdown, with code) and its
 *                                             places to bench/reviews/samples/NAME.tsv; --blind leaves
 *                                             out the verdicts earlier samples gave the same places
 *   precision [--sarif F] [--sample NAME]     precision per rule and group from the verdicts: of the
 *                                             findings in F, or of one sample's places
 *   check     --sarif F                       list the findings of F still without a verdict
 *   lost      --sarif F                       list the places judged TRUE or TRUE-LOW that F no longer
 *                                             reports, of the files under --corpus (a real bug lost is a
 *                                             regression)
 *   levels    --sample NAME [--write FILE]    each rule's precision level from one sample, as the
 *                                             rules/precision.tsv that SARIF reports read
 * </pre>
 * Common options: {@code --corpus DIR} (default bench/corpus), {@code --verdicts FILE} (default
 * bench/reviews/verdicts.tsv).
 */
public final class ReviewMain {

    private ReviewMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println("usage: review.sh sample|precision|check|lost|levels|recall [options]  (see bench/README.md)");
            System.exit(args.length == 0 ? 2 : 0);
        }
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println("usage: review.sh sample|precision|check|lost|levels|recall [options]  (see bench/README.md)");
            System.exit(0);
        }
        Map<String, String> options;
        try {
            options = options(Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println("review: " + e.getMessage() + " (see bench/README.md)");
            System.exit(2);
            return;
        }
        Path corpus = Path.of(options.getOrDefault("corpus", "bench/corpus"));
        Verdicts verdicts = Verdicts.read(Path.of(options.getOrDefault("verdicts", "bench/reviews/verdicts.tsv")));
        List<RuleDescriptor> rules = RuleCatalog.all();
        try {
            switch (args[0]) {
                case "sample" -> sample(options, corpus, verdicts, rules);
                case "precision" -> System.out.print(precision(options, verdicts, rules));
                case "check" -> check(options, verdicts, rules);
                case "lost" -> lost(options, corpus, verdicts, rules);
                case "levels" -> levels(options, verdicts);
                case "recall" -> System.out.print(RecallSuite.score(RecallSuite.read(required(options, "suite")),
                        SarifFindings.read(required(options, "sarif"), rules)));
                default -> {
                    System.err.println("review: unknown command " + args[0]);
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException e) { // a malformed option value: a number, a group
            System.err.println("review: " + e.getMessage() + " (see bench/README.md)");
            System.exit(2);
        }
    }

    private static void sample(Map<String, String> options, Path corpus, Verdicts verdicts, List<RuleDescriptor> rules)
            throws IOException {
        List<ReviewFinding> findings = SarifFindings.read(required(options, "sarif"), rules);
        long seed = number(options, "seed", null);
        int perGroup = (int) number(options, "per-group", "20");
        List<ReviewGroup> groups = new ArrayList<>();
        for (String g : options.getOrDefault("groups", "races,deadlock,misuse").split(",")) {
            groups.add(ReviewGroup.parse(g));
        }
        String name = options.getOrDefault("name", "seed-" + seed);
        List<ReviewFinding> sample = Sampler.draw(findings, groups, perGroup, seed, options.containsKey("all-cycles"));
        // --blind: readers do not see the verdicts earlier samples gave the same places
        String text = new SampleWriter(corpus).write("Review sample " + name + " (" + sample.size() + " findings)", name,
                sample, options.containsKey("blind") ? Verdicts.empty() : verdicts);
        Path places = Path.of(options.getOrDefault("samples", "bench/reviews/samples")).resolve(name + ".tsv");
        SampleList.write(places, sample);
        System.err.println("review: the sample's places are in " + places);
        String out = options.get("out");
        if (out == null) {
            System.out.print(text);
        } else {
            Files.writeString(Path.of(out), text, StandardCharsets.UTF_8);
            System.err.println("review: wrote " + sample.size() + " findings to " + out);
        }
    }

    /** An option's whole-number value (or its default), with a message naming the option when it is not one. */
    private static long number(Map<String, String> options, String name, String fallback) {
        String text = options.getOrDefault(name, fallback);
        if (text == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a whole number, not '" + text + "'", e);
        }
    }

    static String precision(Map<String, String> options, Verdicts verdicts, List<RuleDescriptor> rules)
            throws IOException {
        String sampleName = options.get("sample");
        Map<String, ReviewGroup> groupOf = new HashMap<>();
        for (RuleDescriptor r : rules) {
            groupOf.put(r.id(), ReviewGroup.of(r.id(), r.family()));
        }
        Map<String, Tally> byRule = new TreeMap<>();
        if (sampleName != null) {
            Path list = Path.of(options.getOrDefault("samples", "bench/reviews/samples")).resolve(sampleName + ".tsv");
            for (SampleList.Entry e : SampleList.read(list)) {
                Tally t = byRule.computeIfAbsent(e.ruleId(), k -> new Tally());
                t.findings++;
                verdicts.of(e.place()).ifPresent(j -> t.add(j.verdict()));
            }
        } else {
            for (ReviewFinding f : SarifFindings.read(required(options, "sarif"), rules)) {
                Tally t = byRule.computeIfAbsent(f.ruleId(), k -> new Tally());
                t.findings++;
                verdicts.of(f.place()).ifPresent(j -> t.add(j.verdict()));
            }
        }
        Map<ReviewGroup, Tally> byGroup = new TreeMap<>();
        StringBuilder out = new StringBuilder();
        out.append(Tally.header("rule")).append('\n');
        for (Map.Entry<String, Tally> e : byRule.entrySet()) {
            out.append(e.getValue().row("`" + e.getKey() + "`")).append('\n');
            ReviewGroup g = groupOf.get(e.getKey());
            if (g != null) {
                byGroup.computeIfAbsent(g, k -> new Tally()).addAll(e.getValue());
            }
        }
        out.append('\n').append(Tally.header("group")).append('\n');
        Tally total = new Tally();
        for (Map.Entry<ReviewGroup, Tally> e : byGroup.entrySet()) {
            out.append(e.getValue().row(e.getKey().label())).append('\n');
            total.addAll(e.getValue());
        }
        out.append(total.row("all")).append('\n');
        return out.toString();
    }

    private static void check(Map<String, String> options, Verdicts verdicts, List<RuleDescriptor> rules)
            throws IOException {
        int missing = 0;
        for (ReviewFinding f : SarifFindings.read(required(options, "sarif"), rules)) {
            if (verdicts.of(f.place()).isEmpty()) {
                missing++;
                System.out.println("unjudged  " + f.ruleId() + "  " + f.place());
            }
        }
        System.err.println("review: " + missing + " findings without a verdict");
    }

    private static void levels(Map<String, String> options, Verdicts verdicts) throws IOException {
        String text = levels(required(options, "sample").toString(), Path.of(options.getOrDefault("samples",
                "bench/reviews/samples")), verdicts);
        String write = options.get("write");
        if (write == null) {
            System.out.print(text);
        } else {
            Files.writeString(Path.of(write), text, StandardCharsets.UTF_8);
            System.err.println("review: wrote " + write);
        }
    }

    /** The precision file of one sample: per rule judged in it, its level, judged count, real and TRUE shares. */
    static String levels(String sampleName, Path samples, Verdicts verdicts) throws IOException {
        Map<String, Tally> byRule = new TreeMap<>();
        for (SampleList.Entry e : SampleList.read(samples.resolve(sampleName + ".tsv"))) {
            Tally t = byRule.computeIfAbsent(e.ruleId(), k -> new Tally());
            verdicts.of(e.place()).ifPresent(j -> t.add(j.verdict()));
        }
        StringBuilder out = new StringBuilder("# Precision of each rule on real code, from the review sample named in the "
                + "last column (bench/review.sh levels).\n# rule\tlevel\tjudged\treal\tTRUE\tsample\n");
        for (Map.Entry<String, Tally> e : byRule.entrySet()) {
            Tally t = e.getValue();
            if (t.judged() == 0) {
                continue;
            }
            out.append(String.join("\t", e.getKey(), t.level().isEmpty() ? "-" : t.level(),
                    Integer.toString(t.judged()), Tally.percent(t.precision()), Tally.percent(t.trueShare()), sampleName))
                    .append('\n');
        }
        return out.toString();
    }

    private static void lost(Map<String, String> options, Path corpus, Verdicts verdicts, List<RuleDescriptor> rules)
            throws IOException {
        // Only places of the scanned corpus: the held-out libraries' verdicts live in the same file.
        List<Judgement> lost = lost(SarifFindings.read(required(options, "sarif"), rules), verdicts).stream()
                .filter(j -> Files.exists(corpus.resolve(j.place().path()))).toList();
        for (Judgement j : lost) {
            System.out.println("lost  " + j.verdict().label() + "  " + j.ruleId() + "  " + j.place() + "  (" + j.sample()
                    + ": " + j.reason() + ")");
        }
        System.err.println("review: " + lost.size() + " real findings no longer reported");
    }

    /**
     * The places judged real that the findings no longer report: not those whose member is unknown
     * ({@code ?}), nor those a row of a {@link #MOVED} sample records as reported elsewhere now.
     */
    static List<Judgement> lost(List<ReviewFinding> findings, Verdicts verdicts) {
        java.util.Set<Place> reported = new java.util.HashSet<>();
        for (ReviewFinding f : findings) {
            reported.add(f.place());
        }
        List<Judgement> lost = new java.util.ArrayList<>();
        for (Judgement j : verdicts.latest()) {
            if (j.verdict().real() && !j.place().member().equals("?") && !j.sample().startsWith(MOVED)
                    && !reported.contains(j.place())) {
                lost.add(j);
            }
        }
        return lost;
    }

    /**
     * The sample name of rows that record a place whose finding is now reported at another place (a race
     * reported at the entry's call until 2026-12-06, now at the access in the helper): the verdict goes on
     * at the new place, in a row of the same sample, and the old place is not lost.
     */
    static final String MOVED = "moved-";

    private static Path required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return Path.of(value);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("all-cycles") || name.equals("blind")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }
}
