package dev.fearless.maven;

import de.jcup.sarif_2_1_0.model.Result;
import dev.fearless.discover.SourceDiscoverer;
import dev.fearless.engine.AnalysisRequest;
import dev.fearless.engine.AnalysisResult;
import dev.fearless.engine.Analyzer;
import dev.fearless.engine.FileProblem;
import dev.fearless.engine.Version;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.report.AtomicFiles;
import dev.fearless.report.SarifReporter;
import dev.fearless.rule.Finding;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.Severity;
import dev.fearless.rules.RuleCatalog;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code fearless:check} does, without Maven: select the rules, read the baseline, analyse the
 * source roots, write the SARIF report and decide whether the build fails.
 */
public final class Check {

    static final URI INFORMATION_URI = URI.create("https://github.com/fearless-analyzer/fearless");

    private Check() {
    }

    /**
     * The goal's parameters, resolved: absolute source roots that exist, the project base directory
     * (reported paths are relative to it), the SARIF output file, and an optional baseline.
     */
    public record Settings(List<Path> sourceRoots, Path baseDir, List<String> excludes, int threads,
                           List<String> enabledRules, List<String> disabledRules, Path baseline, Path sarifOutput,
                           FailOn failOn) {

        public Settings {
            sourceRoots = List.copyOf(sourceRoots);
            excludes = excludes == null ? List.of() : excludes.stream().filter(g -> g != null && !g.isBlank())
                    .map(String::strip).toList();
            enabledRules = enabledRules == null ? List.of() : List.copyOf(enabledRules);
            disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }
    }

    /** What a run found and what follows from it. */
    public record Outcome(Settings settings, AnalysisResult result, List<Finding> newFindings, List<Finding> failing,
                          long millis) {

        public List<Finding> findings() {
            return result.findings();
        }

        public List<FileProblem> problems() {
            return result.problems();
        }

        /** How many findings matched the baseline. */
        public int baselined() {
            return result.findings().size() - newFindings.size();
        }

        /** The one-line summary for the log. */
        public String summary() {
            List<Finding> all = result.findings();
            int skipped = result.filesFound() - result.filesAnalyzed();
            String baseline = settings.baseline() == null ? ""
                    : String.format(Locale.ROOT, ", %d new, %d in the baseline", newFindings.size(), baselined());
            return String.format(Locale.ROOT, "fearless: %s (%s)%s in %s%s, %.1f s; SARIF report: %s",
                    count(all.size(), "finding"), breakdown(all), baseline, count(result.filesAnalyzed(), "file"),
                    skipped > 0 ? " (" + skipped + " skipped)" : "", millis / 1000.0, display(settings.sarifOutput()));
        }

        /** Why the build fails, or empty when it does not. */
        public Optional<String> failure() {
            if (failing.isEmpty()) {
                return Optional.empty();
            }
            String what = settings.baseline() == null ? "" : "new ";
            return Optional.of(String.format(Locale.ROOT,
                    "fearless found %s at or above failOn=%s (%s); see the warnings above and %s. "
                            + "Fix them, suppress one with @SuppressWarnings(\"fearless:<RuleId>\"), "
                            + "record the current ones in a <baseline>, or change <failOn>.",
                    count(failing.size(), what + "finding"), settings.failOn().label(), breakdown(failing),
                    display(settings.sarifOutput())));
        }

        private String display(Path p) {
            return SourceDiscoverer.display(settings.baseDir(), p);
        }
    }

    /**
     * Runs the check.
     *
     * @throws IllegalArgumentException for an unknown rule id
     * @throws IOException              if the baseline cannot be read or the report cannot be written
     */
    public static Outcome run(Settings s) throws IOException {
        List<RuleDescriptor> rules = RuleSelection.select(RuleCatalog.all(), s.enabledRules(), s.disabledRules());
        Baseline baseline = s.baseline() == null ? Baseline.NONE : Baseline.read(s.baseline());
        Path root = s.baseDir().toAbsolutePath().normalize();
        long start = System.nanoTime();
        AnalysisResult result = new Analyzer(KnowledgeBase.jdk(), rules)
                .analyze(new AnalysisRequest(s.sourceRoots(), root, s.excludes(), s.threads()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Finding> fresh = baseline.newFindings(result.findings());

        Map<Finding, Result.BaselineState> states = new IdentityHashMap<>();
        if (s.baseline() != null) {
            for (Finding f : result.findings()) {
                states.put(f, baseline.contains(f) ? Result.BaselineState.UNCHANGED : Result.BaselineState.NEW);
            }
        }
        boolean internal = result.problems().stream().anyMatch(p -> p.kind() == FileProblem.Kind.INTERNAL);
        String sarif = new SarifReporter(Version.current(), INFORMATION_URI)
                .toJson(result.findings(), result.problems(), rules, root, !internal, states) + "\n";
        AtomicFiles.write(s.sarifOutput(), sarif);
        return new Outcome(s, result, fresh, s.failOn().failing(fresh), millis);
    }

    static String breakdown(List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long notes = findings.stream().filter(f -> f.severity() == Severity.NOTE).count();
        return count(errors, "error") + ", " + count(warnings, "warning") + ", " + count(notes, "note");
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
