package dev.fearless.maven;

import dev.fearless.budget.Cutoff;
import dev.fearless.config.FailOn;
import dev.fearless.discover.SourceDiscoverer;
import dev.fearless.engine.AnalysisResult;
import dev.fearless.discover.FileProblem;
import dev.fearless.engine.Progress;
import dev.fearless.engine.RuleFailure;
import dev.fearless.report.AtomicFiles;
import dev.fearless.report.Baseline;
import dev.fearless.report.TextReporter;
import dev.fearless.rule.Finding;
import dev.fearless.rule.JavaRelease;
import dev.fearless.rule.Severity;
import dev.fearless.rules.RuleCatalog;
import dev.fearless.scan.ModuleScope;
import dev.fearless.scan.ProjectScanner;
import dev.fearless.scan.ScanException;
import dev.fearless.scan.ScanOutcome;
import dev.fearless.scan.ScanRequest;
import dev.fearless.scan.UnknownRuleException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code fearless:check} does, without Maven: hands the goal's parameters to the scan service
 * (which reads {@code fearless.yml}, selects the rules, uses the fact cache and matches the baseline),
 * writes the SARIF report, and phrases the outcome for the build log.
 */
public final class Check {

    private Check() {
    }

    /**
     * The goal's parameters, resolved: absolute source roots that exist, the project base directory
     * (reported paths are relative to it, and {@code fearless.yml} is looked for in it), the SARIF output
     * file. {@code null} means not set: {@code threads} and {@code failOn} then come from the
     * configuration file or the defaults; {@code config} from the default lookup; no {@code baseline};
     * no {@code cacheDirectory} means no fact cache. {@code root} is the folder reported paths are
     * relative to: the module's, or in a multi-module build the reactor's top folder. {@code reactorSources}
     * are the source roots of the other modules of the build: analysed with the module as one program, so
     * that a deadlock between two modules is found, but reported only where it touches this module.
     * {@code buildRelease} is the Java release the project compiles for ({@link #buildRelease}), used when
     * {@code fearless.yml} names none.
     */
    public record Settings(List<Path> sourceRoots, Path baseDir, List<String> excludes, Integer threads,
                           List<String> enabledRules, List<String> disabledRules, Path baseline, Path sarifOutput,
                           FailOn failOn, Path config, Path cacheDirectory, Path root, List<Path> reactorSources,
                           JavaRelease buildRelease) {

        /** Settings for a build whose Java release is not known. */
        public Settings(List<Path> sourceRoots, Path baseDir, List<String> excludes, Integer threads,
                        List<String> enabledRules, List<String> disabledRules, Path baseline, Path sarifOutput,
                        FailOn failOn, Path config, Path cacheDirectory, Path root, List<Path> reactorSources) {
            this(sourceRoots, baseDir, excludes, threads, enabledRules, disabledRules, baseline, sarifOutput, failOn,
                    config, cacheDirectory, root, reactorSources, JavaRelease.UNKNOWN);
        }

        /** Settings for a module analysed alone. */
        public Settings(List<Path> sourceRoots, Path baseDir, List<String> excludes, Integer threads,
                        List<String> enabledRules, List<String> disabledRules, Path baseline, Path sarifOutput,
                        FailOn failOn, Path config, Path cacheDirectory) {
            this(sourceRoots, baseDir, excludes, threads, enabledRules, disabledRules, baseline, sarifOutput, failOn,
                    config, cacheDirectory, baseDir, List.of());
        }

        public Settings {
            sourceRoots = List.copyOf(sourceRoots);
            reactorSources = reactorSources == null ? List.of() : List.copyOf(reactorSources);
            root = root == null ? baseDir : root;
            buildRelease = buildRelease == null ? JavaRelease.UNKNOWN : buildRelease;
            excludes = clean(excludes);
            enabledRules = clean(enabledRules);
            disabledRules = clean(disabledRules);
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }

        /** Trims values and drops blanks, so {@code -Dfearless.disabledRules=A, B} and empty POM elements work. */
        private static List<String> clean(List<String> values) {
            return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                    .map(String::strip).distinct().toList();
        }

        ScanRequest request() {
            return new ScanRequest(sourceRoots, root, null, config, enabledRules, disabledRules, excludes, failOn,
                    threads, baseline, cacheDirectory, Progress.NONE, new ModuleScope(baseDir, reactorSources),
                    buildRelease);
        }
    }

    /**
     * The Java release a Maven project compiles for, as the compiler plugin decides it: its
     * {@code <release>}, else the {@code maven.compiler.release} property, else its {@code <target>}, else
     * {@code maven.compiler.target} (each {@code null} when not set); unknown when none names a release.
     */
    public static JavaRelease buildRelease(String releaseConfig, String releaseProperty, String targetConfig,
                                           String targetProperty) {
        for (String candidate : new String[] {releaseConfig, releaseProperty, targetConfig, targetProperty}) {
            Optional<JavaRelease> release = JavaRelease.parse(candidate);
            if (release.isPresent()) {
                return release.get();
            }
        }
        return JavaRelease.UNKNOWN;
    }

    /** What a run found and what follows from it. */
    public record Outcome(Settings settings, ScanOutcome scan) {

        public List<Finding> findings() {
            return scan.findings();
        }

        public List<Finding> newFindings() {
            return scan.newFindings();
        }

        public List<Finding> failing() {
            return scan.failing();
        }

        public List<FileProblem> problems() {
            return scan.problems();
        }

        /** How many findings matched the baseline. */
        public int baselined() {
            return scan.baselined();
        }

        /** The one-line summary for the log. */
        public String summary() {
            List<Finding> all = scan.findings();
            AnalysisResult result = scan.result();
            int skipped = scan.skipped();
            String baseline = scan.baseline() == Baseline.NONE ? ""
                    : String.format(Locale.ROOT, ", %d new, %d in the baseline", scan.newFindings().size(), baselined());
            String reactor = settings.reactorSources().isEmpty() ? "" : " of the reactor";
            return String.format(Locale.ROOT, "fearless: %s (%s)%s in %s%s%s, %.1f s; SARIF report: %s",
                    count(all.size(), "finding"), breakdown(all), baseline, count(result.filesAnalyzed(), "file"),
                    reactor, skipped > 0 ? " (" + skipped + " skipped)" : "", scan.millis() / 1000.0,
                    display(settings.sarifOutput()));
        }

        /** Why the build fails, or empty when it does not. */
        public Optional<String> failure() {
            if (scan.failing().isEmpty()) {
                return Optional.empty();
            }
            String what = scan.baseline() == Baseline.NONE ? "" : "new ";
            return Optional.of(String.format(Locale.ROOT,
                    "fearless found %s at or above failOn=%s (%s); see the warnings above and %s. "
                            + "Fix them, suppress one with @SuppressWarnings(\"fearless:<RuleId>\"), "
                            + "record the current ones in a <baseline>, or change <failOn>.",
                    count(scan.failing().size(), what + "finding"), scan.plan().failOn().label(),
                    breakdown(scan.failing()), display(settings.sarifOutput())));
        }

        private String display(Path p) {
            return SourceDiscoverer.display(settings.baseDir(), p);
        }
    }

    /**
     * Checks the configuration ({@code fearless.yml} and the rule ids) without scanning, so that a
     * mistake fails the build even in a module with no sources.
     *
     * @throws ScanException if the configuration file is missing or invalid, or a rule id is unknown
     */
    public static void validate(Settings s) throws ScanException {
        new ProjectScanner(RuleCatalog.all()).plan(s.request());
    }

    /**
     * Runs the check and writes the SARIF report.
     *
     * @throws ScanException if the configuration or the baseline cannot be used, or a rule id is unknown
     * @throws IOException   if the report cannot be written
     */
    public static Outcome run(Settings s) throws ScanException, IOException {
        ScanOutcome outcome = new ProjectScanner(RuleCatalog.all()).scan(s.request());
        AtomicFiles.write(s.sarifOutput(), outcome.sarif());
        return new Outcome(s, outcome);
    }

    /**
     * Logs what a run found: each new finding as a warning (those in the baseline only in debug), files
     * skipped, rules that failed, analyses cut short, and the summary.
     */
    public static void report(Outcome outcome, BuildLog log) {
        Set<Finding> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        fresh.addAll(outcome.newFindings());
        for (Finding f : outcome.findings()) {
            if (fresh.contains(f)) {
                log.warn(TextReporter.line(f));
            } else if (log.isDebugEnabled()) {
                log.debug("(in baseline) " + TextReporter.line(f));
            }
        }
        for (FileProblem p : outcome.problems()) {
            log.warn("fearless: " + TextReporter.line(p));
        }
        for (RuleFailure f : outcome.scan().ruleFailures()) {
            log.error("fearless: " + f.describe());
        }
        for (Cutoff c : outcome.scan().cutoffs()) {
            log.info("fearless: " + c.describe());
        }
        log.info(outcome.summary());
    }

    /** A scan problem as the build log says it, naming the POM parameters for unknown rule ids. */
    public static String describe(ScanException e) {
        if (e instanceof UnknownRuleException unknown) {
            return (unknown.unknown().size() == 1 ? "unknown rule id " : "unknown rule ids ")
                    + String.join(", ", unknown.unknown()) + " in enabledRules/disabledRules; known rules: "
                    + String.join(", ", unknown.known());
        }
        return e.getMessage();
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
