package dev.fearless.bench;

import dev.fearless.discover.SourceDiscoverer;
import dev.fearless.discover.SourceFile;
import dev.fearless.engine.AnalysisRequest;
import dev.fearless.engine.AnalysisResult;
import dev.fearless.engine.Analyzer;
import dev.fearless.discover.FileProblem;
import dev.fearless.engine.Version;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.rule.Finding;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rules.RuleCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmarks a fearless scan against a parse-only baseline on the corpus fetched by bench/fetch.sh, in
 * one JVM, with the same files and thread count. Before timing: every file is read once (warm OS file
 * cache), then one untimed warm-up pass of each kind runs on a subset of files spread over the corpus
 * (JIT). Then each measured pass runs once. Prints tables; appends one line to
 * {@code results/runs.tsv} and one JSON line to {@code results/runs.jsonl}.
 *
 * <pre>
 * BenchRunner [--bench DIR] [--threads N] [--per-library] [--warmup-files N] [--results DIR | --no-results] [names...]
 * </pre>
 */
public final class BenchRunner {

    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    static final int EXIT_CRASH = 3;

    private static final int DEFAULT_WARMUP_FILES = 400;
    private static final int LISTED_PARSE_PROBLEMS = 20;
    private static final int TRACE_FRAMES = 25;

    private final PrintStream out;
    private final PrintStream err;

    private BenchRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the benchmark; returns the exit code (0 done, 2 usage or missing corpus, 3 a scan crashed). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            err.println(Options.USAGE);
            return EXIT_USAGE;
        }
        if (options.help) {
            out.println(Options.USAGE);
            return EXIT_OK;
        }
        try {
            return new BenchRunner(out, err).bench(options);
        } catch (IOException e) {
            err.println("bench: " + e.getMessage());
            return EXIT_USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bench: interrupted");
            return EXIT_CRASH;
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** What one measured scan gave; {@code crash} is set (and the counts are zero) when it threw. */
    private record ScanRun(String label, Meter.Cost cost, int filesFound, int files, long lines,
                           Map<String, Integer> findingsByRule, int findings, List<FileProblem> problems,
                           AnalysisResult.Timings timings, Map<String, Integer> findingsByLibrary, String crash) {
    }

    private record ParseRun(Meter.Cost cost, ParseOnlyPass.Outcome outcome) {
    }

    private int bench(Options options) throws IOException, InterruptedException {
        Path benchDir = options.benchDir != null ? options.benchDir : defaultBenchDir();
        Path list = benchDir.resolve("corpus.tsv");
        if (!Files.isRegularFile(list)) {
            err.println("bench: no corpus list at " + list + " (use --bench DIR, the folder that holds corpus.tsv)");
            return EXIT_USAGE;
        }
        Corpus corpus = Corpus.load(list, benchDir.resolve("corpus").toAbsolutePath().normalize());
        List<String> names = options.names.isEmpty() ? corpus.names() : options.names;
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            if (!corpus.knows(name) && !Files.isDirectory(corpus.dir(name))) {
                problems.add("unknown library '" + name + "' (known: " + String.join(", ", corpus.names()) + ", jdk)");
                continue;
            }
            String missing = corpus.missing(name);
            if (missing != null) {
                problems.add(missing);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("bench: " + p));
            return EXIT_USAGE;
        }
        List<Path> inputs = names.stream().map(corpus::dir).toList();
        Path root = corpus.folder();
        List<SourceFile> files = new SourceDiscoverer(List.of()).discover(inputs, root).files();
        if (files.isEmpty()) {
            err.println("bench: no .java files under " + inputs + ": run bench/fetch.sh first");
            return EXIT_USAGE;
        }
        int threads = options.threads > 0 ? options.threads : AnalysisRequest.defaultThreads();
        List<RuleDescriptor> catalog = RuleCatalog.all();

        printHeader(names, files, threads, root);
        long bytes = warmFileCache(files);
        List<Path> warmupFiles = warmupSubset(files, options.warmupFiles);
        out.printf(Locale.ROOT, "Before timing: all %,d files (%,.1f MiB) read once to warm the OS file cache.%n",
                files.size(), bytes / 1048576.0);
        if (!warmupFiles.isEmpty()) {
            long t = System.nanoTime();
            warmUp(warmupFiles, root, threads);
            out.printf(Locale.ROOT, "Warm-up (untimed): one scan and one parse-only pass on %,d files (1 in every %d"
                            + " of the corpus), %.1f s.%n", warmupFiles.size(), Math.max(1, files.size() / warmupFiles.size()),
                    (System.nanoTime() - t) / 1e9);
        } else {
            out.println("Warm-up: none (--warmup-files 0).");
        }
        out.println("Measured: each pass once, after System.gc(); scan first, then parse-only.");
        out.println();

        ScanRun scan = scan("all", inputs, root, threads, catalog);
        ParseRun parse = parseOnly(files, threads);
        printMain(scan, parse, threads);
        printFindings(scan, catalog);
        printSkipped(scan);
        printParseProblems(parse);

        Map<String, List<String>> culprits = new LinkedHashMap<>();
        List<ScanRun> perLibrary = new ArrayList<>();
        if (options.perLibrary) {
            out.println();
            out.println("Per library: one measured scan per library, alone (types of the other libraries unseen).");
            for (String name : names) {
                perLibrary.add(scan(name, List.of(corpus.dir(name)), root, threads, catalog));
            }
            printPerLibrary(perLibrary, catalog, scan);
        }
        if (options.isolateCrashes) {
            if (options.perLibrary) {
                for (ScanRun r : perLibrary) {
                    if (r.crash() != null) {
                        culprits.put(r.label(), isolateCrashes(r.label(), List.of(corpus.dir(r.label())), root, threads));
                    }
                }
            } else if (scan.crash() != null) {
                culprits.put("all", isolateCrashes("all", inputs, root, threads));
            }
        }

        if (!options.noResults) {
            Path resultsDir = options.resultsDir != null ? options.resultsDir : benchDir.resolve("results");
            writeResults(resultsDir, names, threads, options, files.size(), warmupFiles.size(), scan, parse, perLibrary,
                    culprits);
        }

        boolean crashed = scan.crash() != null || perLibrary.stream().anyMatch(r -> r.crash() != null);
        return crashed ? EXIT_CRASH : EXIT_OK;
    }

    private static Path defaultBenchDir() {
        Path here = Path.of("").toAbsolutePath();
        if (Files.isRegularFile(here.resolve("bench/corpus.tsv"))) {
            return here.resolve("bench");
        }
        return here;
    }

    // --- passes -------------------------------------------------------------------------------------

    private ScanRun scan(String label, List<Path> inputs, Path root, int threads, List<RuleDescriptor> catalog) {
        Meter meter = Meter.start();
        AnalysisResult result;
        try {
            Analyzer analyzer = new Analyzer(KnowledgeBase.jdk(), RuleCatalog.all());
            result = analyzer.analyze(new AnalysisRequest(inputs, root, List.of(), threads));
        } catch (RuntimeException | Error e) {
            Meter.Cost cost = meter.stop();
            String trace = compactTrace(e);
            out.println("SCAN CRASHED (" + label + "): " + trace);
            return new ScanRun(label, cost, 0, 0, 0, Map.of(), 0, List.of(), null, Map.of(), trace);
        }
        Meter.Cost cost = meter.stop();
        Map<String, Integer> byRule = new LinkedHashMap<>();
        for (RuleDescriptor d : catalog) {
            byRule.put(d.id(), 0);
        }
        Map<String, Integer> byLibrary = new TreeMap<>();
        for (Finding f : result.findings()) {
            byRule.merge(f.ruleId(), 1, Integer::sum);
            String path = f.location().path();
            int slash = path.indexOf('/');
            byLibrary.merge(slash < 0 ? path : path.substring(0, slash), 1, Integer::sum);
        }
        return new ScanRun(label, cost, result.filesFound(), result.filesAnalyzed(), result.linesAnalyzed(), byRule,
                result.findings().size(), result.problems(), result.timings(), byLibrary, null);
    }

    /**
     * A stack trace short enough to read and paste into an issue: the exception, the first
     * {@value #TRACE_FRAMES} frames and the last {@value #TRACE_FRAMES} (where a deep recursion started),
     * then the causes the same way.
     */
    static String compactTrace(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != e) {
                b.append("Caused by: ");
            }
            b.append(t).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            String entry = t instanceof StackOverflowError ? recursionEntry(frames) : null;
            if (entry != null) {
                b.append("\t(recursion entered at ").append(entry).append(")\n");
            }
            if (frames.length <= 2 * TRACE_FRAMES) {
                for (StackTraceElement f : frames) {
                    b.append("\tat ").append(f).append('\n');
                }
            } else {
                for (int i = 0; i < TRACE_FRAMES; i++) {
                    b.append("\tat ").append(frames[i]).append('\n');
                }
                b.append("\t... ").append(frames.length - 2 * TRACE_FRAMES).append(" frames ...\n");
                for (int i = frames.length - TRACE_FRAMES; i < frames.length; i++) {
                    b.append("\tat ").append(frames[i]).append('\n');
                }
            }
        }
        return b.toString();
    }

    /**
     * Where a deep recursion was entered: the outermost frame that repeats (seen at least three times),
     * with its caller, e.g. {@code CallGraph.build(CallGraph.java:31) -> Program.targets(Program.java:567)};
     * null when no frame repeats.
     */
    static String recursionEntry(StackTraceElement[] frames) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (StackTraceElement f : frames) {
            seen.merge(f.toString(), 1, Integer::sum);
        }
        for (int i = frames.length - 1; i >= 0; i--) {
            if (seen.get(frames[i].toString()) >= 3) {
                return (i + 1 < frames.length ? frames[i + 1] + " -> " : "") + frames[i];
            }
        }
        return null;
    }

    /**
     * Scans each file alone (on {@code threads} workers, one file per analysis) to find the files that
     * crash the engine by themselves, after a crashed scan.
     */
    private List<String> isolateCrashes(String label, List<Path> inputs, Path root, int threads)
            throws InterruptedException {
        List<SourceFile> files = new SourceDiscoverer(List.of()).discover(inputs, root).files();
        out.printf(Locale.ROOT, "Isolating the crash of '%s': scanning its %,d files one at a time...%n", label, files.size());
        Analyzer analyzer = new Analyzer(KnowledgeBase.jdk(), RuleCatalog.all());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<String>> results = new ArrayList<>();
        for (SourceFile f : files) {
            results.add(pool.submit(() -> {
                try {
                    analyzer.analyze(new AnalysisRequest(List.of(f.path()), root, List.of(), 1));
                    return null;
                } catch (RuntimeException | Error e) {
                    Throwable t = e.getCause() instanceof StackOverflowError ? e.getCause() : e;
                    StackTraceElement[] frames = t.getStackTrace();
                    String entry = recursionEntry(frames);
                    return f.displayPath() + ": " + e + (frames.length > 0 ? " at " + frames[0] : "")
                            + (entry != null ? " (recursion entered at " + entry + ")" : "");
                }
            }));
        }
        List<String> culprits = new ArrayList<>();
        try {
            for (java.util.concurrent.Future<String> r : results) {
                String line = r.get();
                if (line != null) {
                    culprits.add(line);
                    out.println("  crashes alone: " + line);
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            out.println("  isolation failed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (culprits.isEmpty()) {
            out.println("  no file crashes alone: the crash needs several files together.");
        }
        return culprits;
    }

    private ParseRun parseOnly(List<SourceFile> files, int threads) throws InterruptedException {
        Meter meter = Meter.start();
        ParseOnlyPass.Outcome outcome = ParseOnlyPass.run(files, threads);
        Meter.Cost cost = meter.stop();
        return new ParseRun(cost, outcome);
    }

    private long warmFileCache(List<SourceFile> files) throws IOException {
        long total = 0;
        for (SourceFile f : files) {
            total += Files.readAllBytes(f.path()).length;
        }
        return total;
    }

    /** About {@code count} files spread evenly over the (sorted) corpus, so every library is in the warm-up. */
    static List<Path> warmupSubset(List<SourceFile> files, int count) {
        if (count <= 0 || files.isEmpty()) {
            return List.of();
        }
        int stride = Math.max(1, files.size() / count);
        List<Path> subset = new ArrayList<>();
        for (int i = 0; i < files.size() && subset.size() < count; i += stride) {
            subset.add(files.get(i).path());
        }
        return subset;
    }

    private void warmUp(List<Path> subset, Path root, int threads) throws InterruptedException {
        try {
            new Analyzer(KnowledgeBase.jdk(), RuleCatalog.all()).analyze(new AnalysisRequest(subset, root, List.of(), threads));
        } catch (RuntimeException | Error e) {
            out.println("warm-up scan crashed (the measured scan will show it again): " + e);
        }
        List<SourceFile> sources = new SourceDiscoverer(List.of()).discover(subset, root).files();
        ParseOnlyPass.run(sources, threads);
    }

    // --- output -------------------------------------------------------------------------------------

    private void printHeader(List<String> names, List<SourceFile> files, int threads, Path root) {
        Runtime rt = Runtime.getRuntime();
        out.println("fearless bench — scan vs parse-only");
        out.printf(Locale.ROOT, "fearless %s, Java %s (%s), %d cores, max heap %,d MiB, JVM args: %s%n",
                Version.current(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                rt.availableProcessors(), rt.maxMemory() / 1048576,
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        out.printf(Locale.ROOT, "Corpus: %s (%s), %,d .java files; threads: %d; load average at start: %.1f%n",
                String.join(", ", names), root, files.size(), threads, Meter.loadAverage());
    }

    private void printMain(ScanRun scan, ParseRun parse, int threads) {
        Table t = new Table(List.of("pass", "files", "lines", "wall s", "CPU s", "CPU/wall", "files/s", "lines/s",
                "peak heap MiB", "post-GC heap MiB", "GC ms"));
        if (scan.crash() != null) {
            List<String> row = new ArrayList<>(costRow("fearless scan (CRASHED)", 0, 0, scan.cost()));
            for (int i : new int[] {1, 2, 6, 7}) {
                row.set(i, "-");
            }
            t.row(row);
        } else {
            t.row(costRow("fearless scan", scan.files(), scan.lines(), scan.cost()));
        }
        t.row(costRow("parse-only (JavaParser defaults)", parse.outcome().files(), parse.outcome().lines(), parse.cost()));
        out.printf(Locale.ROOT, "Scan vs parse-only, %d thread(s):%n", threads);
        out.print(t.render());
        Meter.Cost s = scan.cost();
        Meter.Cost p = parse.cost();
        out.printf(Locale.ROOT, "Ratio scan / parse-only: wall %s, CPU %s, peak heap %s%n",
                ratio(s.wallNanos(), p.wallNanos()), ratio(s.cpuNanos(), p.cpuNanos()),
                ratio(s.peakHeapBytes(), p.peakHeapBytes()));
        int cores = Runtime.getRuntime().availableProcessors();
        double load = Math.max(s.loadAverage(), p.loadAverage());
        out.printf(Locale.ROOT, "System load average (1 min, this run included) after each pass: scan %.1f, parse-only %.1f%s%n",
                s.loadAverage(), p.loadAverage(), load > cores + 1
                        ? " -- well above " + cores + " cores: other processes likely competed for the CPU, times may be inflated"
                        : "");
        if (scan.timings() != null) {
            AnalysisResult.Timings tm = scan.timings();
            out.printf(Locale.ROOT, "Scan stages (ms): discover %,d, parse+extract %,d, link %,d, summarize %,d, rules %,d%n",
                    tm.discoverMillis(), tm.extractMillis(), tm.linkMillis(), tm.summarizeMillis(), tm.rulesMillis());
        }
        if (scan.crash() != null) {
            out.println("Scan: CRASHED, no findings; the times above are up to the crash (stack trace above).");
        } else {
            out.printf(Locale.ROOT, "Scan: %,d files found, %,d analysed, %,d skipped, %,d findings%n",
                    scan.filesFound(), scan.files(), scan.problems().size(), scan.findings());
        }
    }

    private static List<String> costRow(String label, int files, long lines, Meter.Cost c) {
        double wall = c.wallSeconds();
        return List.of(label, String.format(Locale.ROOT, "%,d", files), String.format(Locale.ROOT, "%,d", lines),
                String.format(Locale.ROOT, "%.2f", wall),
                c.cpuNanos() < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", c.cpuSeconds()),
                c.cpuNanos() < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", c.cpuSeconds() / wall),
                String.format(Locale.ROOT, "%,.0f", files / wall), String.format(Locale.ROOT, "%,.0f", lines / wall),
                mib(c.peakHeapBytes()), mib(c.postGcHeapBytes()),
                String.format(Locale.ROOT, "%,d (%d)", c.gcMillis(), c.gcCount()));
    }

    private void printFindings(ScanRun scan, List<RuleDescriptor> catalog) {
        out.println();
        if (scan.crash() != null) {
            out.println("Findings per rule: none, the scan crashed.");
            return;
        }
        out.println("Findings per rule (measured scan):");
        Table t = new Table(List.of("rule", "family", "findings"));
        Map<String, String> family = new LinkedHashMap<>();
        catalog.forEach(d -> family.put(d.id(), d.family().name().toLowerCase(Locale.ROOT)));
        scan.findingsByRule().forEach((rule, n) -> t.row(List.of(rule, family.getOrDefault(rule, "?"), fmt(n))));
        t.separator().row(List.of("total", "", fmt(scan.findings())));
        out.print(t.render());
    }

    private void printSkipped(ScanRun scan) {
        out.println();
        if (scan.crash() != null) {
            out.println("Skipped files: unknown, the scan crashed (see above).");
            return;
        }
        if (scan.problems().isEmpty()) {
            out.println("Skipped files: none.");
            return;
        }
        Map<FileProblem.Kind, Integer> byKind = new TreeMap<>();
        scan.problems().forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        out.println("Skipped files (" + scan.problems().size() + ": " + byKind + "; INTERNAL is a bug in fearless):");
        for (FileProblem p : scan.problems()) {
            out.println("  " + p.kind() + "  " + p.describe());
        }
    }

    /** JavaParser's validators word a too-new language feature this way; anything else is a real parse error. */
    private static final String FEATURE_LEVEL = "Pay attention that this feature is supported starting from";

    private void printParseProblems(ParseRun parse) {
        List<ParseOnlyPass.ParseProblem> problems = parse.outcome().problems();
        out.println();
        if (problems.isEmpty()) {
            out.println("Parse-only: JavaParser (default settings) reported no problem.");
            return;
        }
        Map<String, Integer> features = new TreeMap<>();
        List<ParseOnlyPass.ParseProblem> errors = new ArrayList<>();
        for (ParseOnlyPass.ParseProblem p : problems) {
            int at = p.message().indexOf(FEATURE_LEVEL);
            if (at < 0) {
                errors.add(p);
                continue;
            }
            String feature = p.message().substring(0, at).replaceFirst("^.*?first: (\\(line \\d+,col \\d+\\) )?", "").strip();
            features.merge(feature, 1, Integer::sum);
        }
        int featureFiles = problems.size() - errors.size();
        if (featureFiles > 0) {
            out.printf(Locale.ROOT, "Parse-only: JavaParser's default language level rejects newer Java in %,d file(s)"
                    + " (trees still built, files counted); first problem per file:%n", featureFiles);
            features.forEach((f, n) -> out.printf(Locale.ROOT, "  %5d  %s%n", n, f));
        }
        if (!errors.isEmpty()) {
            out.printf(Locale.ROOT, "Parse-only: %,d file(s) with parse errors:%n", errors.size());
            errors.stream().limit(LISTED_PARSE_PROBLEMS).forEach(p -> out.println("  " + p.path() + ": " + p.message()));
            if (errors.size() > LISTED_PARSE_PROBLEMS) {
                out.println("  ... and " + (errors.size() - LISTED_PARSE_PROBLEMS) + " more (all in results/runs.jsonl)");
            }
        }
    }

    private void printPerLibrary(List<ScanRun> runs, List<RuleDescriptor> catalog, ScanRun combined) {
        Table t = new Table(List.of("library", "files", "lines", "findings", "in all-libraries scan", "skipped",
                "scan wall s", "scan CPU s", "lines/s", "peak heap MiB", "load"));
        int files = 0;
        long lines = 0;
        int findings = 0;
        int skipped = 0;
        long wall = 0;
        long cpu = 0;
        for (ScanRun r : runs) {
            t.row(List.of(r.label() + (r.crash() != null ? " (CRASHED)" : ""), fmt(r.files()), fmt(r.lines()),
                    fmt(r.findings()), combined.crash() != null ? "-" : fmt(combined.findingsByLibrary().getOrDefault(r.label(), 0)),
                    fmt(r.problems().size()), String.format(Locale.ROOT, "%.2f", r.cost().wallSeconds()),
                    String.format(Locale.ROOT, "%.2f", r.cost().cpuSeconds()),
                    String.format(Locale.ROOT, "%,.0f", r.lines() / r.cost().wallSeconds()), mib(r.cost().peakHeapBytes()),
                    String.format(Locale.ROOT, "%.1f", r.cost().loadAverage())));
            files += r.files();
            lines += r.lines();
            findings += r.findings();
            skipped += r.problems().size();
            wall += r.cost().wallNanos();
            cpu += r.cost().cpuNanos();
        }
        t.separator().row(List.of("sum", fmt(files), fmt(lines), fmt(findings),
                combined.crash() != null ? "-" : fmt(combined.findings()), fmt(skipped),
                String.format(Locale.ROOT, "%.2f", wall / 1e9), String.format(Locale.ROOT, "%.2f", cpu / 1e9),
                String.format(Locale.ROOT, "%,.0f", lines / (wall / 1e9)), "", ""));
        out.print(t.render());

        out.println();
        out.println("Findings per rule per library (separate scans):");
        List<String> header = new ArrayList<>();
        header.add("rule");
        runs.forEach(r -> header.add(r.label()));
        header.add("total");
        Table m = new Table(header);
        for (RuleDescriptor d : catalog) {
            List<String> row = new ArrayList<>();
            row.add(d.id());
            int total = 0;
            for (ScanRun r : runs) {
                int n = r.findingsByRule().getOrDefault(d.id(), 0);
                row.add(fmt(n));
                total += n;
            }
            row.add(fmt(total));
            m.row(row);
        }
        List<String> totals = new ArrayList<>();
        totals.add("total");
        runs.forEach(r -> totals.add(fmt(r.findings())));
        totals.add(fmt(findings));
        m.separator().row(totals);
        out.print(m.render());

        for (ScanRun r : runs) {
            if (!r.problems().isEmpty()) {
                out.println("Skipped in " + r.label() + ":");
                r.problems().forEach(p -> out.println("  " + p.kind() + "  " + p.describe()));
            }
        }
    }

    // --- results ------------------------------------------------------------------------------------

    private static final String TSV_HEADER = String.join("\t", "time", "fearless", "threads", "libraries", "files",
            "lines", "scan_wall_s", "scan_cpu_s", "scan_files_per_s", "scan_lines_per_s", "scan_peak_heap_mib",
            "scan_post_gc_heap_mib", "parse_wall_s", "parse_cpu_s", "parse_files_per_s", "parse_lines_per_s",
            "parse_peak_heap_mib", "ratio_wall", "ratio_cpu", "ratio_peak_heap", "findings", "skipped", "crashed", "load_scan", "load_parse");

    private void writeResults(Path dir, List<String> names, int threads, Options options, int fileCount, int warmup,
                              ScanRun scan, ParseRun parse, List<ScanRun> perLibrary,
                              Map<String, List<String>> culprits) throws IOException {
        Files.createDirectories(dir);
        String time = LocalDateTime.now(ZoneId.systemDefault()).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        Meter.Cost s = scan.cost();
        Meter.Cost p = parse.cost();
        List<String> cells = List.of(time, Version.current(), String.valueOf(threads), String.join(",", names),
                String.valueOf(scan.files()), String.valueOf(scan.lines()), num(s.wallSeconds()), num(s.cpuSeconds()),
                num(scan.files() / s.wallSeconds()), num(scan.lines() / s.wallSeconds()), num(s.peakHeapBytes() / 1048576.0),
                num(s.postGcHeapBytes() / 1048576.0), num(p.wallSeconds()), num(p.cpuSeconds()),
                num(parse.outcome().files() / p.wallSeconds()), num(parse.outcome().lines() / p.wallSeconds()),
                num(p.peakHeapBytes() / 1048576.0), num((double) s.wallNanos() / p.wallNanos()),
                num((double) s.cpuNanos() / p.cpuNanos()), num((double) s.peakHeapBytes() / p.peakHeapBytes()),
                String.valueOf(scan.findings()), String.valueOf(scan.problems().size()),
                String.valueOf(scan.crash() != null), num(s.loadAverage()), num(p.loadAverage()));
        Path tsv = dir.resolve("runs.tsv");
        StringBuilder line = new StringBuilder();
        if (!Files.exists(tsv)) {
            line.append(TSV_HEADER).append('\n');
        }
        line.append(String.join("\t", cells)).append('\n');
        Files.writeString(tsv, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", time);
        json.put("fearless", Version.current());
        json.put("java", System.getProperty("java.version"));
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("max_heap_mib", Runtime.getRuntime().maxMemory() / 1048576);
        json.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
        json.put("threads", threads);
        json.put("libraries", names);
        json.put("files", fileCount);
        json.put("warmup_files", warmup);
        json.put("scan", scanJson(scan));
        Map<String, Object> parseJson = costJson(p, parse.outcome().files(), parse.outcome().lines());
        List<Object> parseProblems = new ArrayList<>();
        parse.outcome().problems().forEach(pp -> parseProblems.add(Map.of("path", pp.path(), "message", pp.message())));
        parseJson.put("problems", parseProblems);
        json.put("parse_only", parseJson);
        Map<String, Object> ratio = new LinkedHashMap<>();
        ratio.put("wall", (double) s.wallNanos() / p.wallNanos());
        ratio.put("cpu", (double) s.cpuNanos() / p.cpuNanos());
        ratio.put("peak_heap", (double) s.peakHeapBytes() / p.peakHeapBytes());
        json.put("ratio_scan_to_parse", ratio);
        if (options.perLibrary) {
            List<Object> libs = new ArrayList<>();
            perLibrary.forEach(r -> libs.add(scanJson(r)));
            json.put("per_library", libs);
        }
        if (!culprits.isEmpty()) {
            json.put("files_crashing_alone", culprits);
        }
        Files.writeString(dir.resolve("runs.jsonl"), Json.write(json) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        out.println();
        out.println("Results appended to " + tsv + " and " + dir.resolve("runs.jsonl"));
    }

    private static Map<String, Object> scanJson(ScanRun r) {
        Map<String, Object> m = costJson(r.cost(), r.files(), r.lines());
        m.put("label", r.label());
        m.put("files_found", r.filesFound());
        m.put("findings", r.findings());
        m.put("findings_by_rule", r.findingsByRule());
        m.put("findings_by_library", r.findingsByLibrary());
        if (r.timings() != null) {
            AnalysisResult.Timings t = r.timings();
            Map<String, Object> stages = new LinkedHashMap<>();
            stages.put("discover", t.discoverMillis());
            stages.put("extract", t.extractMillis());
            stages.put("link", t.linkMillis());
            stages.put("summarize", t.summarizeMillis());
            stages.put("rules", t.rulesMillis());
            m.put("stage_ms", stages);
        }
        List<Object> skipped = new ArrayList<>();
        for (FileProblem p : r.problems()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("path", p.path());
            one.put("kind", p.kind().name());
            one.put("message", p.message());
            one.put("line", p.pos().isKnown() ? p.pos().line() : null);
            skipped.add(one);
        }
        m.put("skipped", skipped);
        m.put("crash", r.crash());
        return m;
    }

    private static Map<String, Object> costJson(Meter.Cost c, int files, long lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", files);
        m.put("lines", lines);
        m.put("wall_s", c.wallSeconds());
        m.put("cpu_s", c.cpuSeconds());
        m.put("files_per_s", files / c.wallSeconds());
        m.put("lines_per_s", lines / c.wallSeconds());
        m.put("peak_heap_mib", c.peakHeapBytes() / 1048576.0);
        m.put("post_gc_heap_mib", c.postGcHeapBytes() < 0 ? null : c.postGcHeapBytes() / 1048576.0);
        m.put("gc_ms", c.gcMillis());
        m.put("gc_count", c.gcCount());
        m.put("load_average_1min", c.loadAverage());
        return m;
    }

    // --- formatting ---------------------------------------------------------------------------------

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f", bytes / 1048576.0);
    }

    private static String ratio(long a, long b) {
        return a < 0 || b <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", (double) a / b);
    }

    private static String num(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) || d < 0 ? "" : String.format(Locale.ROOT, "%.3f", d);
    }

    // --- options ------------------------------------------------------------------------------------

    static final class Options {

        static final String USAGE = """
                usage: BenchRunner [--bench DIR] [--threads N] [--per-library] [--warmup-files N]
                                   [--isolate-crashes] [--results DIR | --no-results] [library...]
                  --bench DIR        folder holding corpus.tsv, corpus/ and results/ (default: ./bench or .)
                  --threads N        worker threads for both passes (default: number of cores)
                  --per-library      also scan each library alone: files, lines, findings per rule, time
                  --warmup-files N   files in the untimed warm-up passes (default 400; 0: no warm-up)
                  --isolate-crashes  after a crashed scan, scan its files one at a time and list those
                                     that crash alone (per library with --per-library)
                  --results DIR      where runs.tsv and runs.jsonl are appended (default: <bench>/results)
                  --no-results       write no results files
                  library...         names from corpus.tsv, or jdk (default: every library of corpus.tsv)""";

        Path benchDir;
        Path resultsDir;
        int threads;
        int warmupFiles = DEFAULT_WARMUP_FILES;
        boolean perLibrary;
        boolean isolateCrashes;
        boolean noResults;
        boolean help;
        final List<String> names = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--bench" -> o.benchDir = Path.of(value(args, ++i, a));
                    case "--results" -> o.resultsDir = Path.of(value(args, ++i, a));
                    case "--threads" -> o.threads = positive(value(args, ++i, a), a, 1);
                    case "--warmup-files" -> o.warmupFiles = positive(value(args, ++i, a), a, 0);
                    case "--per-library" -> o.perLibrary = true;
                    case "--isolate-crashes" -> o.isolateCrashes = true;
                    case "--no-results" -> o.noResults = true;
                    case "-h", "--help" -> o.help = true;
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        if (!o.names.contains(a)) {
                            o.names.add(a);
                        }
                    }
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String text, String option, int min) {
            try {
                int n = Integer.parseInt(text);
                if (n < min) {
                    throw new IllegalArgumentException(option + " must be at least " + min + ", was " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, was '" + text + "'");
            }
        }
    }
}
