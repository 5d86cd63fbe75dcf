package dev.fearless.cli;

import dev.fearless.budget.Cutoff;
import dev.fearless.config.FailOn;
import dev.fearless.discover.SourceDiscoverer;
import dev.fearless.engine.AnalysisResult;
import dev.fearless.engine.DirectoryFactCache;
import dev.fearless.discover.FileProblem;
import dev.fearless.engine.RuleFailure;
import dev.fearless.report.AtomicFiles;
import dev.fearless.report.Baseline;
import dev.fearless.report.TextReporter;
import dev.fearless.rule.Finding;
import dev.fearless.rule.Severity;
import dev.fearless.rules.RuleCatalog;
import dev.fearless.scan.ProjectScanner;
import dev.fearless.scan.ScanException;
import dev.fearless.scan.ScanOutcome;
import dev.fearless.scan.ScanRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fearless scan [PATH...]}: analyse sources and report findings. */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, sortOptions = false,
        description = {"Scans Java sources (files or folders, default: the current folder) for concurrency bugs.",
                "Given only files, scans the whole program around them (--context) and reports the findings that "
                        + "touch those files: the pre-commit mode."})
final class ScanCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, sarif }

    /** The lowest severity that makes the run fail, as picocli parses and lists it. */
    enum Level { error, warning, note, never }

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Java files or folders to scan (default: .).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or sarif.")
    private Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output.")
    private Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    private Integer threads;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a new finding is at least this severe: error, warning (default), note, never.")
    private Level failOn;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip paths matching GLOB (repeatable), "
            + "e.g. '**/generated/**'.")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",", description = "Run only these rules.")
    private List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Do not run these rules.")
    private List<String> disable = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A previous SARIF report: its findings are not new, and only new findings count for "
                    + "--fail-on and are printed as text; SARIF marks every result new, unchanged or absent.")
    private Path baseline;

    @Option(names = "--context", paramLabel = "DIR",
            description = "When PATHs are files: the program to analyse around them (default: the root of the "
                    + "git repository holding the first file).")
    private Path context;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Report paths relative to DIR (default: the current folder, or --context).")
    private Path root;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Project configuration (default: fearless.yml in the root, if present).")
    private Path config;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where to keep extracted facts and scan results between runs (default: the user's cache folder).")
    private Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the fact cache (facts and scan results).")
    private boolean noCache;

    @Option(names = {"-q", "--quiet"}, description = "No summary or progress on standard error.")
    private boolean quiet;

    @Option(names = "--timings", description = "Print the time of each stage (discover, extract, link, summarize, "
            + "rules) on standard error.")
    private boolean timings;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty()) {
            paths.add(Path.of("."));
        }
        for (Path p : paths) {
            if (!SourceDiscoverer.exists(p)) {
                throw usage("no such file or directory: " + p);
            }
        }
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1");
        }
        if (context != null && !Files.isDirectory(context)) {
            throw usage("--context is not a directory: " + context);
        }
        ProgressLine progress = new ProgressLine(err, !quiet && ProgressLine.onTerminal());
        ScanRequest request = new ScanRequest(paths, root, context, config, enable, disable, excludes,
                failOn == null ? null : FailOn.parse(failOn.name()), threads, baseline,
                noCache ? null : cacheDir != null ? cacheDir : DirectoryFactCache.defaultDirectory(), progress);
        ScanOutcome outcome;
        try {
            outcome = new ProjectScanner(RuleCatalog.all()).scan(request);
        } catch (ScanException e) {
            throw usage(e.getMessage());
        } finally {
            progress.done();
        }

        String report = format == Format.sarif ? outcome.sarif() : text(outcome.newFindings());
        if (output != null) {
            AtomicFiles.write(output, report);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(report);
            out.flush();
        }
        for (FileProblem p : outcome.problems()) {
            err.println("fearless: warning: " + TextReporter.line(p));
        }
        for (RuleFailure f : outcome.ruleFailures()) {
            err.println("fearless: error: " + f.describe());
        }
        if (!quiet) {
            for (Cutoff c : outcome.cutoffs()) {
                err.println("fearless: note: " + c.describe());
            }
            err.println(summary(outcome));
        }
        if (timings) {
            AnalysisResult.Timings t = outcome.result().timings();
            err.printf(Locale.ROOT, "fearless: time: discover %d ms, extract %d ms, link %d ms, summarize %d ms, "
                    + "rules %d ms%n", t.discoverMillis(), t.extractMillis(), t.linkMillis(), t.summarizeMillis(),
                    t.rulesMillis());
        }
        err.flush();
        return outcome.failing().isEmpty() ? Main.OK : Main.FINDINGS;
    }

    private static String text(List<Finding> findings) {
        StringWriter text = new StringWriter();
        new TextReporter().write(findings, new PrintWriter(text));
        return text.toString();
    }

    private static String summary(ScanOutcome outcome) {
        List<Finding> fresh = outcome.newFindings();
        AnalysisResult result = outcome.result();
        boolean baselined = outcome.baseline() != Baseline.NONE;
        long errors = fresh.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = fresh.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long notes = fresh.stream().filter(f -> f.severity() == Severity.NOTE).count();
        int skipped = outcome.skipped();
        String baselineNote = !baselined ? "" : String.format(Locale.ROOT, " (%d already in the baseline)",
                outcome.baselined());
        return String.format(Locale.ROOT, "fearless: %d %sfinding%s (%d error%s, %d warning%s, %d note%s)%s in %d file%s%s, %.1f s",
                fresh.size(), !baselined ? "" : "new ", plural(fresh.size()), errors, plural(errors), warnings,
                plural(warnings), notes, plural(notes), baselineNote, result.filesAnalyzed(),
                plural(result.filesAnalyzed()), skipped > 0 ? " (" + skipped + " skipped)" : "", outcome.millis() / 1000.0);
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
