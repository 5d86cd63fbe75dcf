package dev.fearless.cli;

import dev.fearless.discover.SourceDiscoverer;
import dev.fearless.engine.AnalysisRequest;
import dev.fearless.engine.AnalysisResult;
import dev.fearless.engine.Analyzer;
import dev.fearless.engine.FileProblem;
import dev.fearless.engine.Version;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.report.SarifReporter;
import dev.fearless.report.TextReporter;
import dev.fearless.rule.Finding;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.Severity;
import dev.fearless.rules.RuleCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fearless scan [PATH...]}: analyse sources and report findings. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scans Java sources (files or folders, default: the current folder) for concurrency bugs.")
final class ScanCommand implements Callable<Integer> {

    static final URI INFORMATION_URI = URI.create("https://github.com/fearless-analyzer/fearless");

    /** Output formats. */
    enum Format { text, sarif }

    /** The lowest severity that makes the run fail. */
    enum FailOn { error, warning, note, never }

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
            description = "Exit 1 when a finding is at least this severe: error, warning (default), note, never.")
    private FailOn failOn = FailOn.warning;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip paths matching GLOB (repeatable), "
            + "e.g. '**/generated/**'.")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",", description = "Run only these rules.")
    private List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Do not run these rules.")
    private List<String> disable = new ArrayList<>();

    @Option(names = "--root", paramLabel = "DIR",
            description = "Report paths relative to DIR (default: the current folder).")
    private Path root;

    @Option(names = {"-q", "--quiet"}, description = "No summary or progress on standard error.")
    private boolean quiet;

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
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + p);
            }
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        List<RuleDescriptor> rules = selectRules();
        Path scanRoot = (root != null ? root : Path.of("")).toAbsolutePath().normalize();
        int n = threads != null ? threads : AnalysisRequest.defaultThreads();
        long start = System.nanoTime();
        AnalysisResult result = new Analyzer(KnowledgeBase.jdk(), rules)
                .analyze(new AnalysisRequest(paths, scanRoot, excludes, n));
        long millis = (System.nanoTime() - start) / 1_000_000;

        String report = render(result, rules, scanRoot);
        if (output != null) {
            writeAtomically(output, report);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(report);
            out.flush();
        }
        for (FileProblem p : result.problems()) {
            err.println("fearless: warning: " + p.describe());
        }
        if (!quiet) {
            err.println(summary(result, millis));
        }
        err.flush();
        return failing(result.findings()) ? Main.FINDINGS : Main.OK;
    }

    private List<RuleDescriptor> selectRules() {
        List<RuleDescriptor> all = RuleCatalog.all();
        Set<String> known = new LinkedHashSet<>();
        all.forEach(r -> known.add(r.id()));
        for (String id : concat(enable, disable)) {
            if (!known.contains(id)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown rule '" + id + "'; 'fearless rules' lists them");
            }
        }
        List<RuleDescriptor> selected = new ArrayList<>();
        for (RuleDescriptor r : all) {
            if ((enable.isEmpty() || enable.contains(r.id())) && !disable.contains(r.id())) {
                selected.add(r);
            }
        }
        return selected;
    }

    private String render(AnalysisResult result, List<RuleDescriptor> rules, Path scanRoot) {
        if (format == Format.sarif) {
            boolean internal = result.problems().stream().anyMatch(p -> p.kind() == FileProblem.Kind.INTERNAL);
            return new SarifReporter(Version.current(), INFORMATION_URI)
                    .toJson(result.findings(), result.problems(), rules, scanRoot, !internal, Map.of()) + "\n";
        }
        StringWriter text = new StringWriter();
        new TextReporter().write(result.findings(), new PrintWriter(text));
        return text.toString();
    }

    private boolean failing(List<Finding> findings) {
        if (failOn == FailOn.never) {
            return false;
        }
        Severity threshold = Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    private static String summary(AnalysisResult result, long millis) {
        long errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long notes = result.findings().stream().filter(f -> f.severity() == Severity.NOTE).count();
        int skipped = result.filesFound() - result.filesAnalyzed();
        return String.format(Locale.ROOT, "fearless: %d finding%s (%d error%s, %d warning%s, %d note%s) in %d file%s%s, %.1f s",
                result.findings().size(), plural(result.findings().size()), errors, plural(errors), warnings,
                plural(warnings), notes, plural(notes), result.filesAnalyzed(), plural(result.filesAnalyzed()),
                skipped > 0 ? " (" + skipped + " skipped)" : "", millis / 1000.0);
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    /** Writes to a temporary file beside the target, then renames it: readers never see half a report. */
    static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
