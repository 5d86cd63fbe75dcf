package dev.fearless.cli;

import dev.fearless.discover.SourceDiscoverer;
import dev.fearless.engine.AnalysisRequest;
import dev.fearless.engine.AnalysisResult;
import dev.fearless.engine.Analyzer;
import dev.fearless.engine.DirectoryFactCache;
import dev.fearless.engine.FactCache;
import dev.fearless.engine.FileProblem;
import dev.fearless.engine.Version;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.report.AtomicFiles;
import dev.fearless.report.Baseline;
import dev.fearless.report.SarifReporter;
import dev.fearless.report.TextReporter;
import dev.fearless.rule.Finding;
import dev.fearless.rule.Location;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.Severity;
import dev.fearless.rules.RuleCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fearless scan [PATH...]}: analyse sources and report findings. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scans Java sources (files or folders, default: the current folder) for concurrency bugs.",
                "Given only files, scans the whole program around them (--context) and reports the findings that "
                        + "touch those files: the pre-commit mode."})
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
            description = "Exit 1 when a new finding is at least this severe: error, warning (default), note, never.")
    private FailOn failOn;

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
            description = "Where to keep extracted facts between runs (default: the user's cache folder).")
    private Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the fact cache.")
    private boolean noCache;

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
                throw usage("no such file or directory: " + p);
            }
        }
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1");
        }
        boolean fileMode = paths.stream().allMatch(Files::isRegularFile);
        Path contextDir = fileMode ? (context != null ? context : RepositoryRoot.of(paths.get(0).toAbsolutePath().getParent())).toAbsolutePath().normalize()
                : null;
        if (context != null && !Files.isDirectory(context)) {
            throw usage("--context is not a directory: " + context);
        }
        Path scanRoot = (root != null ? root : contextDir != null ? contextDir : Path.of("")).toAbsolutePath().normalize();
        ProjectConfig project = loadConfig(scanRoot);
        List<RuleDescriptor> rules = selectRules(project);
        FailOn threshold = failOn != null ? failOn : project.failOn() != null ? FailOn.valueOf(project.failOn()) : FailOn.warning;
        Baseline known = readBaseline();
        List<String> allExcludes = new ArrayList<>(project.excludes());
        allExcludes.addAll(excludes);
        int n = threads != null ? threads : project.threads() != null ? project.threads() : AnalysisRequest.defaultThreads();
        FactCache cache = noCache ? FactCache.NONE
                : new DirectoryFactCache(cacheDir != null ? cacheDir : DirectoryFactCache.defaultDirectory());
        List<Path> inputs = fileMode ? contextAnd(contextDir) : paths;
        Set<String> focus = fileMode ? displayPaths(scanRoot) : Set.of();

        KnowledgeBase knowledge = project.knowledge().isEmpty() ? KnowledgeBase.jdk()
                : KnowledgeBase.jdk().withLines(project.knowledge());
        ProgressLine progress = new ProgressLine(err, !quiet && System.console() != null);
        long start = System.nanoTime();
        AnalysisResult result = new Analyzer(knowledge, rules)
                .analyze(new AnalysisRequest(inputs, scanRoot, allExcludes, n, cache, progress));
        progress.done();
        if (cache instanceof DirectoryFactCache directory) {
            directory.prune(DirectoryFactCache.UNUSED_LIMIT);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<Finding> findings = fileMode ? touching(result.findings(), focus) : result.findings();
        List<Finding> fresh = known.newFindings(findings);
        String report = render(findings, fresh, known, result.problems(), rules, scanRoot);
        if (output != null) {
            AtomicFiles.write(output, report);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(report);
            out.flush();
        }
        for (FileProblem p : result.problems()) {
            if (!fileMode || focus.contains(p.path())) {
                err.println("fearless: warning: " + p.describe());
            }
        }
        if (!quiet) {
            err.println(summary(result, findings, fresh, known, millis));
        }
        err.flush();
        return failing(fresh, threshold) ? Main.FINDINGS : Main.OK;
    }

    private ProjectConfig loadConfig(Path scanRoot) {
        Path file = config != null ? config : ProjectConfigReader.find(scanRoot);
        if (config != null && !Files.isRegularFile(config)) {
            throw usage("no such configuration file: " + config);
        }
        if (file == null) {
            return ProjectConfig.EMPTY;
        }
        Set<String> known = new LinkedHashSet<>();
        RuleCatalog.all().forEach(r -> known.add(r.id()));
        try {
            return ProjectConfigReader.read(file, known);
        } catch (ProjectConfigReader.ConfigException e) {
            throw usage(e.getMessage());
        }
    }

    private Baseline readBaseline() {
        if (baseline == null) {
            return Baseline.NONE;
        }
        try {
            return Baseline.read(baseline);
        } catch (IOException e) {
            throw usage(e.getMessage());
        }
    }

    private List<RuleDescriptor> selectRules(ProjectConfig project) {
        List<RuleDescriptor> all = RuleCatalog.all();
        Set<String> known = new LinkedHashSet<>();
        all.forEach(r -> known.add(r.id()));
        for (String id : concat(enable, disable)) {
            if (!known.contains(id)) {
                throw usage("unknown rule '" + id + "'; 'fearless rules' lists them");
            }
        }
        List<String> on = !enable.isEmpty() ? enable : project.enable();
        List<String> off = concat(project.disable(), disable);
        List<RuleDescriptor> selected = new ArrayList<>();
        for (RuleDescriptor r : all) {
            if ((on.isEmpty() || on.contains(r.id())) && !off.contains(r.id())) {
                Severity severity = project.severities().get(r.id());
                selected.add(severity == null ? r : r.withSeverity(severity));
            }
        }
        return selected;
    }

    /** The context folder, and the given files that lie outside it. */
    private List<Path> contextAnd(Path contextDir) {
        List<Path> inputs = new ArrayList<>(List.of(contextDir));
        for (Path p : paths) {
            if (!p.toAbsolutePath().normalize().startsWith(contextDir)) {
                inputs.add(p);
            }
        }
        return inputs;
    }

    /** The display paths (relative to the scan root) of the files given on the command line. */
    private Set<String> displayPaths(Path scanRoot) {
        Set<String> shown = new LinkedHashSet<>();
        for (Path p : paths) {
            shown.add(SourceDiscoverer.display(scanRoot, p.toAbsolutePath().normalize()));
        }
        return shown;
    }

    /** Findings whose primary location, or any piece of evidence, lies in one of the given files. */
    private static List<Finding> touching(List<Finding> findings, Set<String> files) {
        List<Finding> result = new ArrayList<>();
        for (Finding f : findings) {
            boolean touches = files.contains(f.location().path())
                    || f.related().stream().map(Location::path).anyMatch(files::contains)
                    || f.flows().stream().flatMap(List::stream).map(Location::path).anyMatch(files::contains);
            if (touches) {
                result.add(f);
            }
        }
        return result;
    }

    private String render(List<Finding> findings, List<Finding> fresh, Baseline known, List<FileProblem> problems,
                          List<RuleDescriptor> rules, Path scanRoot) {
        if (format == Format.sarif) {
            boolean internal = problems.stream().anyMatch(p -> p.kind() == FileProblem.Kind.INTERNAL);
            return new SarifReporter(Version.current(), INFORMATION_URI).toJson(findings, problems, rules, scanRoot,
                    !internal, known.states(findings), known.absent(findings)) + "\n";
        }
        StringWriter text = new StringWriter();
        new TextReporter().write(fresh, new PrintWriter(text));
        return text.toString();
    }

    private static boolean failing(List<Finding> findings, FailOn threshold) {
        if (threshold == FailOn.never) {
            return false;
        }
        Severity level = Severity.valueOf(threshold.name().toUpperCase(Locale.ROOT));
        return findings.stream().anyMatch(f -> f.severity().atLeast(level));
    }

    private static String summary(AnalysisResult result, List<Finding> findings, List<Finding> fresh, Baseline known,
                                  long millis) {
        long errors = fresh.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = fresh.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long notes = fresh.stream().filter(f -> f.severity() == Severity.NOTE).count();
        int skipped = result.filesFound() - result.filesAnalyzed();
        String baselineNote = known == Baseline.NONE ? "" : String.format(Locale.ROOT, " (%d already in the baseline)",
                findings.size() - fresh.size());
        return String.format(Locale.ROOT, "fearless: %d %sfinding%s (%d error%s, %d warning%s, %d note%s)%s in %d file%s%s, %.1f s",
                fresh.size(), known == Baseline.NONE ? "" : "new ", plural(fresh.size()), errors, plural(errors), warnings,
                plural(warnings), notes, plural(notes), baselineNote, result.filesAnalyzed(),
                plural(result.filesAnalyzed()), skipped > 0 ? " (" + skipped + " skipped)" : "", millis / 1000.0);
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
