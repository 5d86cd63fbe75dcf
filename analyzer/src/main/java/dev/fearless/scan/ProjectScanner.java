package dev.fearless.scan;

import dev.fearless.config.ConfigException;
import dev.fearless.config.FailOn;
import dev.fearless.config.ProjectConfig;
import dev.fearless.config.ProjectConfigReader;
import dev.fearless.discover.SourceDiscoverer;
import dev.fearless.engine.AnalysisRequest;
import dev.fearless.engine.AnalysisResult;
import dev.fearless.engine.Analyzer;
import dev.fearless.engine.DirectoryFactCache;
import dev.fearless.engine.FactCache;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.report.Baseline;
import dev.fearless.report.BaselineMatch;
import dev.fearless.report.SourceLines;
import dev.fearless.rule.Finding;
import dev.fearless.rule.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scan every front end runs (the command line, the Maven plugin): reads {@code fearless.yml},
 * combines it with the front end's options, selects the rules, analyses the program (with the fact
 * cache), narrows the findings to the focus in file mode, and sorts them into baselined, new and
 * failing. Front ends only parse their options and print the outcome. Holds no state between scans.
 */
public final class ProjectScanner {

    private final List<RuleDescriptor> catalog;

    /** A scanner choosing among {@code catalog}, every rule there is. */
    /** Whether {@code file} is named as a project's configuration file (a change to it reloads the project). */
    public static boolean isConfigurationFile(Path file) {
        return ProjectConfigReader.FILE_NAMES.contains(String.valueOf(file.getFileName()));
    }

    public ProjectScanner(List<RuleDescriptor> catalog) {
        this.catalog = List.copyOf(catalog);
    }

    /** Plans and runs a scan. */
    public ScanOutcome scan(ScanRequest request) throws ScanException {
        return scan(plan(request));
    }

    /**
     * Resolves a request: file mode and its context, the root, the configuration, the rules and the
     * settings. Reads the configuration but analyses nothing, so a front end can check its options
     * before it knows whether there is anything to scan.
     *
     * @throws ScanException if a path to scan cannot be read, the configuration file is missing or invalid, or
     *                       an option names an unknown rule
     */
    public ScanPlan plan(ScanRequest request) throws ScanException {
        List<Path> paths = request.paths();
        boolean fileMode = !paths.isEmpty() && paths.stream().allMatch(Files::isRegularFile);
        Path context = !fileMode ? null : (request.context() != null ? request.context()
                : RepositoryRoot.of(paths.get(0).toAbsolutePath().getParent())).toAbsolutePath().normalize();
        // A scan that reads nothing must not pass: a path given to scan has to be readable.
        ModuleScope module = request.module();
        List<Path> given = new ArrayList<>(paths);
        given.addAll(module.otherSources());
        if (context != null) {
            given.add(context);
        }
        for (Path p : given) {
            Optional<String> why = SourceDiscoverer.unreadable(p);
            if (why.isPresent()) {
                throw new ScanException("cannot read " + p + ": " + why.get());
            }
        }
        Path root = (request.root() != null ? request.root() : context != null ? context : Path.of(""))
                .toAbsolutePath().normalize();
        Path configFile = request.config() != null ? request.config()
                : ProjectConfigReader.find(module.folder() != null ? module.folder() : root);
        if (request.config() != null && !Files.isRegularFile(request.config())) {
            throw new ScanException("no such configuration file: " + request.config());
        }
        ProjectConfig config = configFile == null ? ProjectConfig.EMPTY : read(configFile);
        List<RuleDescriptor> rules = RuleSelection.select(catalog, config, request.enable(), request.disable());
        FailOn failOn = request.failOn() != null ? request.failOn()
                : config.failOn() != null ? config.failOn() : FailOn.WARNING;
        List<String> excludes = new ArrayList<>();
        for (String glob : concat(config.excludes(), request.excludes())) {
            excludes.add(module.rebase(glob, root));
        }
        int threads = request.threads() != null ? request.threads()
                : config.threads() != null ? config.threads() : AnalysisRequest.defaultThreads();
        FactCache cache = request.cacheDirectory() == null ? FactCache.NONE
                : new DirectoryFactCache(request.cacheDirectory());
        KnowledgeBase knowledge = config.knowledge().isEmpty() ? KnowledgeBase.jdk()
                : KnowledgeBase.jdk().withLines(config.knowledge());
        List<Path> inputs = new ArrayList<>(fileMode ? contextAnd(context, paths) : paths);
        Focus focus = fileMode ? Focus.on(displayPaths(root, paths)) : Focus.WHOLE_PROGRAM;
        if (module.isPartOfABuild()) {
            inputs.addAll(module.otherSources());
            focus = focusOn(root, paths);
        }
        return new ScanPlan(inputs, root, focus, configFile, config, rules, knowledge, failOn, excludes, threads,
                request.baseline(), cache, request.progress());
    }

    /**
     * Runs a planned scan.
     *
     * @throws ScanException if the baseline is missing or is not SARIF 2.1.0
     */
    public ScanOutcome scan(ScanPlan plan) throws ScanException {
        Baseline baseline = readBaseline(plan.baseline());
        long start = System.nanoTime();
        AnalysisResult result = new Analyzer(plan.knowledge(), plan.rules()).analyze(new AnalysisRequest(plan.inputs(),
                plan.root(), plan.excludes(), plan.threads(), plan.cache(), plan.progress()));
        if (plan.cache() instanceof DirectoryFactCache directory) {
            directory.prune(DirectoryFactCache.UNUSED_LIMIT);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Finding> findings = plan.focus().findings(result.findings());
        BaselineMatch matched = baseline.match(findings, new SourceLines(plan.root()));
        List<Finding> fresh = matched.newFindings(findings);
        return new ScanOutcome(plan, result, baseline, matched, findings, fresh, plan.failOn().failing(fresh), millis);
    }

    private ProjectConfig read(Path file) throws ScanException {
        try {
            return ProjectConfigReader.read(file, new LinkedHashSet<>(catalog.stream().map(RuleDescriptor::id).toList()));
        } catch (ConfigException e) {
            throw new ScanException(e.getMessage(), e);
        }
    }

    private static Baseline readBaseline(Path file) throws ScanException {
        if (file == null) {
            return Baseline.NONE;
        }
        try {
            return Baseline.read(file);
        } catch (IOException e) {
            throw new ScanException(e.getMessage(), e);
        }
    }

    /** The context folder, and the given files that lie outside it. */
    private static List<Path> contextAnd(Path context, List<Path> paths) {
        List<Path> inputs = new ArrayList<>(List.of(context));
        for (Path p : paths) {
            if (!p.toAbsolutePath().normalize().startsWith(context)) {
                inputs.add(p);
            }
        }
        return inputs;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** What touches the given files and folders. */
    private static Focus focusOn(Path root, List<Path> paths) {
        Set<String> files = new LinkedHashSet<>();
        Set<String> folders = new LinkedHashSet<>();
        for (Path p : paths) {
            Path absolute = p.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                folders.add(absolute.equals(root) ? "" : SourceDiscoverer.display(root, absolute));
            } else {
                files.add(SourceDiscoverer.display(root, absolute));
            }
        }
        return Focus.on(files, folders);
    }

    /** The display paths (relative to the root) of the given files. */
    private static Set<String> displayPaths(Path root, List<Path> paths) {
        Set<String> shown = new LinkedHashSet<>();
        for (Path p : paths) {
            shown.add(SourceDiscoverer.display(root, p.toAbsolutePath().normalize()));
        }
        return shown;
    }
}
