package dev.fearless.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cold, whole-process measurements, the way a user runs the tools: each pass is a fresh JVM started
 * under {@code /usr/bin/time}, which gives wall time, CPU time (user + system of the child) and peak
 * resident memory (max RSS). Passes:
 *
 * <ul>
 *   <li><b>fearless</b>: {@code java FLAGS -jar fearless.jar scan --fail-on never --format sarif --output F
 *       --threads N [--no-cache] DIRS} (all libraries in one invocation; a snapshot of
 *       {@code cli/target/fearless.jar} taken at the start, so a rebuild during the run changes nothing;
 *       FLAGS default to the launcher's, read from {@code ./fearless});</li>
 *   <li><b>parse-only</b>: {@link ParseOnlyMain} in its own JVM (JavaParser default settings, same files,
 *       same threads), with the JVM's default flags, and once more with fearless's flags for reference;</li>
 *   <li><b>PMD</b>: PMD 7's {@code category/java/multithreading.xml} through {@code bench/pmd} (PMD's
 *       defaults), then once more without the files listed in {@code bench/pmd/crashers.txt} (files
 *       that stop PMD's whole run).</li>
 * </ul>
 *
 * Modes: {@code compare} (the three tools), {@code flags} (fearless under several JVM flag sets,
 * {@code --variant LABEL=FLAGS}; the token {@code @cds} stands for an AppCDS archive made by an untimed
 * training run with {@code -XX:ArchiveClassesAtExit}), {@code threads} (fearless with
 * {@code --threads-list}), {@code fearless} (fearless alone, e.g. on the JDK with -Xmx1g). Each pass
 * runs {@code --repeat} times, round-robin; the tables show medians.
 */
public final class ColdRunner {

    private static final String TIME = "/usr/bin/time";
    private static final Pattern LAUNCHER_FLAGS = Pattern.compile("\\$\\{FEARLESS_JAVA_OPTS:-([^}]*)}");
    private static final Pattern FEARLESS_SUMMARY = Pattern.compile(
            "fearless: (\\d+) (?:new )?findings? .* in (\\d+) files?(?: \\((\\d+) skipped\\))?, [\\d.]+ s");
    private static final Pattern PARSE_SUMMARY = Pattern.compile(
            "parse-only: (\\d+) files, (\\d+) lines, (\\d+) with problems");

    enum Kind { FEARLESS, PARSE, PMD }

    /** One kind of process to measure. {@code cds}: the flags hold {@code @cds}. */
    record Pass(String label, Kind kind, List<String> flags, int threads, List<String> excludes) {

        boolean cds() {
            return flags.contains("@cds");
        }

        String flagText() {
            return flags.isEmpty() ? "(JVM defaults)" : String.join(" ", flags);
        }
    }

    /** One measured run of a pass. */
    record Sample(double wall, double user, double sys, long rssKb, int exit, int files, int findings,
                  String outcome, List<String> skipped, double loadBefore, double loadAfter, double others) {

        double cpu() {
            return user + sys;
        }
    }

    private final PrintStream out;
    private final Options o;
    private final Path root;
    private final Path bench;
    private Path work;
    private Path jar;
    private boolean noCacheFlag;
    private final Map<String, Path> archives = new LinkedHashMap<>();
    private final Map<String, Double> archiveSeconds = new LinkedHashMap<>();

    private ColdRunner(PrintStream out, Options o, Path bench) {
        this.out = out;
        this.o = o;
        this.bench = bench;
        this.root = bench.getParent();
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("cold: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (o.help) {
            System.out.println(Options.USAGE);
            return;
        }
        Path bench = (o.bench != null ? o.bench : Path.of("bench")).toAbsolutePath().normalize();
        System.exit(new ColdRunner(System.out, o, bench).run());
    }

    private int run() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(TIME))) {
            out.println("cold: " + TIME + " is missing (Debian: apt-get install time); it measures CPU time and peak RSS");
            return 2;
        }
        Corpus corpus = Corpus.load(bench.resolve("corpus.tsv"), bench.resolve("corpus"));
        List<String> names = o.names.isEmpty() ? corpus.names() : o.names;
        for (String n : names) {
            String missing = corpus.knows(n) ? corpus.missing(n) : "unknown library '" + n + "'";
            if (missing != null) {
                out.println("cold: " + missing);
                return 2;
            }
        }
        List<String> dirs = names.stream().map(n -> root.relativize(corpus.dir(n).toAbsolutePath()).toString()).toList();

        Path cliJar = o.jar != null ? o.jar : root.resolve("cli/target/fearless.jar");
        if (!Files.isRegularFile(cliJar)) {
            out.println("cold: no " + cliJar + " (mvn -DskipTests -pl cli -am package, or ./fearless --version)");
            return 2;
        }
        work = Files.createTempDirectory("fearless-cold-");
        jar = work.resolve("fearless.jar");
        Files.copy(cliJar, jar, StandardCopyOption.COPY_ATTRIBUTES);
        noCacheFlag = help(jar).contains("--no-cache");

        List<String> launcher = launcherFlags();
        List<Pass> passes = passes(names, launcher);
        if (passes.isEmpty()) {
            out.println("cold: nothing to run");
            return 2;
        }

        long files;
        long bytes = 0;
        List<Path> all = new ArrayList<>();
        for (String d : dirs) {
            try (Stream<Path> s = Files.walk(root.resolve(d))) {
                s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).forEach(all::add);
            }
        }
        for (Path p : all) {
            bytes += Files.size(p);
            Files.readAllBytes(p);
        }
        files = all.size();

        out.println("fearless cold bench — whole processes, as a user runs them (mode " + o.mode + ")");
        out.printf(Locale.ROOT, "Java %s, %d cores, %s; fearless jar %s (snapshot of %s, %s)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), memTotal(),
                jar.getFileName(), root.relativize(cliJar.toAbsolutePath()), Files.getLastModifiedTime(cliJar));
        out.printf(Locale.ROOT, "Corpus: %s — %,d .java files, %,.1f MiB, all read once before timing (warm OS file cache)%n",
                String.join(" ", dirs), files, bytes / 1048576.0);
        out.println("Launcher flags (./fearless): " + (launcher.isEmpty() ? "(none)" : String.join(" ", launcher))
                + (noCacheFlag ? "; scans run with --no-cache (no fact cache: a cold scan)" : ""));
        out.printf(Locale.ROOT, "Load average before: %s; repeats: %d (round-robin), medians shown%n", loadavgText(),
                o.repeat);
        out.println();

        for (Pass p : passes) {
            if (p.cds()) {
                archive(p);
            }
        }
        if (o.osWarmup) {
            warmJars(passes);
        }

        Map<Pass, List<Sample>> samples = new LinkedHashMap<>();
        passes.forEach(p -> samples.put(p, new ArrayList<>()));
        for (int r = 1; r <= o.repeat; r++) {
            for (Pass p : passes) {
                Sample s = measure(p, dirs);
                Sample latest = s;
                for (int retry = 1; noisy(latest) && retry <= o.retries; retry++) {
                    out.printf(Locale.ROOT, "  round %d  %-44s wall %7.2f s, but other processes used %.1f s of CPU"
                            + " meanwhile: measuring again%n", r, p.label(), latest.wall(), latest.others());
                    latest = measure(p, dirs);
                    if (latest.others() / latest.wall() < s.others() / s.wall()) {
                        s = latest;
                    }
                }
                samples.get(p).add(s);
                out.printf(Locale.ROOT, "  round %d  %-44s wall %7.2f s  CPU %7.2f s  RSS %,7d MiB  load %.2f->%.2f"
                                + "  others' CPU %.1f s  %s%n", r, p.label(), s.wall(), s.cpu(), s.rssKb() / 1024,
                        s.loadBefore(), s.loadAfter(), s.others(), s.outcome());
            }
        }
        out.println();
        report(samples);
        if (!o.noResults) {
            writeResults(samples, names);
        }
        if (!o.keep) {
            deleteTree(work);
        } else {
            out.println("Kept " + work);
        }
        return 0;
    }

    // --- passes -------------------------------------------------------------------------------------

    private List<Pass> passes(List<String> names, List<String> launcher) throws IOException {
        List<String> fearlessFlags = o.fearlessFlags != null ? split(o.fearlessFlags) : launcher;
        List<Pass> passes = new ArrayList<>();
        switch (o.mode) {
            case "compare" -> {
                passes.add(new Pass("fearless scan", Kind.FEARLESS, fearlessFlags, o.threads, List.of()));
                passes.add(new Pass("parse-only, JVM defaults", Kind.PARSE, List.of(), o.threads, List.of()));
                if (!fearlessFlags.isEmpty() && !o.noParseWithFlags) {
                    passes.add(new Pass("parse-only, fearless's JVM flags", Kind.PARSE,
                            fearlessFlags.stream().filter(f -> !f.equals("@cds")).toList(), o.threads, List.of()));
                }
                if (!o.noPmd) {
                    passes.add(new Pass("PMD multithreading, defaults", Kind.PMD, pmdFlags(), o.threads, List.of()));
                    List<String> crashers = crashers(names);
                    if (!crashers.isEmpty()) {
                        passes.add(new Pass("PMD multithreading, " + crashers.size() + " crasher(s) excluded", Kind.PMD,
                                pmdFlags(), o.threads, crashers));
                    }
                }
            }
            case "flags" -> {
                Map<String, String> variants = o.variants.isEmpty() ? defaultVariants() : o.variants;
                variants.forEach((label, flags) -> passes.add(new Pass(label, Kind.FEARLESS, split(flags), o.threads,
                        List.of())));
            }
            case "threads" -> {
                for (int t : o.threadsList) {
                    passes.add(new Pass("fearless scan, --threads " + t, Kind.FEARLESS, fearlessFlags, t, List.of()));
                }
            }
            case "fearless" -> passes.add(new Pass("fearless scan", Kind.FEARLESS, fearlessFlags, o.threads, List.of()));
            default -> throw new IllegalArgumentException("unknown mode " + o.mode);
        }
        return passes;
    }

    /** The flag sets compared by {@code --mode flags} unless {@code --variant} names others. */
    static Map<String, String> defaultVariants() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("JVM defaults (G1, C1+C2)", "");
        v.put("TieredStopAtLevel=1", "-XX:TieredStopAtLevel=1");
        v.put("ParallelGC", "-XX:+UseParallelGC");
        v.put("SerialGC", "-XX:+UseSerialGC");
        v.put("ParallelGC TieredStop=1", "-XX:+UseParallelGC -XX:TieredStopAtLevel=1");
        v.put("SerialGC TieredStop=1", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        v.put("AppCDS", "@cds");
        v.put("ParallelGC AppCDS", "-XX:+UseParallelGC @cds");
        v.put("ParallelGC TieredStop=1 AppCDS", "-XX:+UseParallelGC -XX:TieredStopAtLevel=1 @cds");
        return v;
    }

    private List<String> pmdFlags() {
        return o.pmdFlags != null ? split(o.pmdFlags) : List.of();
    }

    /** bench/pmd/crashers.txt: one corpus-relative path per line (# comments), the files that stop PMD. */
    private List<String> crashers(List<String> names) throws IOException {
        Path list = bench.resolve("pmd/crashers.txt");
        List<String> paths = new ArrayList<>();
        if (!Files.isRegularFile(list)) {
            return paths;
        }
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String l = line.replaceFirst("#.*", "").strip();
            if (l.isEmpty()) {
                continue;
            }
            String lib = l.split("/")[0];
            if (names.contains(lib) && Files.isRegularFile(bench.resolve("corpus").resolve(l))) {
                paths.add(root.relativize(bench.resolve("corpus").resolve(l).toAbsolutePath()).toString());
            }
        }
        return paths;
    }

    private List<String> launcherFlags() throws IOException {
        return launcherFlags(root);
    }

    /** The launcher's default JVM options: the {@code ${FEARLESS_JAVA_OPTS:-...}} default of ./fearless. */
    static List<String> launcherFlags(Path root) throws IOException {
        Path launcher = root.resolve("fearless");
        if (!Files.isRegularFile(launcher)) {
            return List.of();
        }
        String script = Files.readString(launcher, StandardCharsets.UTF_8);
        Matcher m = LAUNCHER_FLAGS.matcher(script);
        if (!m.find()) {
            return List.of();
        }
        String flags = m.group(1).trim();
        // The default may name a shell variable the script sets first (opts="..."): the scan's value is its first one.
        Matcher variable = Pattern.compile("\\$(\\w+)").matcher(flags);
        if (variable.matches()) {
            Matcher assigned = Pattern.compile("(?m)^" + variable.group(1) + "=\"([^\"]*)\"").matcher(script);
            return assigned.find() ? split(assigned.group(1)) : List.of();
        }
        return split(flags);
    }

    // --- running ------------------------------------------------------------------------------------

    private Sample measure(Pass p, List<String> dirs) throws IOException, InterruptedException {
        Path timeFile = work.resolve("time.txt");
        Path stdout = work.resolve("stdout.txt");
        Path stderr = work.resolve("stderr.txt");
        Path summary = work.resolve("pmd-summary.tsv");
        Files.deleteIfExists(timeFile);
        Files.deleteIfExists(summary);
        List<String> cmd = new ArrayList<>(List.of(TIME, "-f", "%e %U %S %M", "-o", timeFile.toString()));
        cmd.addAll(command(p, dirs, summary));
        waitForIdle();
        double before = loadavg();
        long busy0 = busyTicks();
        Process proc = new ProcessBuilder(cmd).directory(root.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!proc.waitFor(o.timeoutMinutes, TimeUnit.MINUTES)) {
            proc.descendants().forEach(ProcessHandle::destroyForcibly);
            proc.destroyForcibly().waitFor();
            return new Sample(Double.NaN, Double.NaN, Double.NaN, -1, -1, 0, 0,
                    "TIMED OUT after " + o.timeoutMinutes + " min", List.of(), before, loadavg(), Double.NaN);
        }
        long busy1 = busyTicks();
        double after = loadavg();
        // /usr/bin/time writes "Command exited with non-zero status N" first when the child failed.
        List<String> timeLines = Files.readAllLines(timeFile, StandardCharsets.UTF_8);
        String[] t = timeLines.get(timeLines.size() - 1).strip().split(" ");
        double wall = Double.parseDouble(t[0]);
        double user = Double.parseDouble(t[1]);
        double sys = Double.parseDouble(t[2]);
        long rss = Long.parseLong(t[3]);
        int exit = proc.exitValue();
        List<String> err = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        // CPU the rest of the machine used meanwhile: every core's busy time less the measured process's.
        double others = busy0 < 0 || busy1 < 0 ? Double.NaN : Math.max(0, (busy1 - busy0) / 100.0 - user - sys);
        Sample s = switch (p.kind()) {
            case FEARLESS -> fearlessSample(wall, user, sys, rss, exit, err, before, after);
            case PARSE -> parseSample(wall, user, sys, rss, exit, err, before, after);
            case PMD -> pmdSample(wall, user, sys, rss, exit, err, summary, before, after);
        };
        return new Sample(s.wall(), s.user(), s.sys(), s.rssKb(), s.exit(), s.files(), s.findings(), s.outcome(),
                s.skipped(), s.loadBefore(), s.loadAfter(), others);
    }

    private List<String> command(Pass p, List<String> dirs, Path summary) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin());
        for (String f : p.flags()) {
            if (f.equals("@cds")) {
                cmd.add("-XX:SharedArchiveFile=" + archives.get(cdsKey(p)));
            } else {
                cmd.add(f);
            }
        }
        switch (p.kind()) {
            case FEARLESS -> {
                cmd.addAll(List.of("-jar", jar.toString(), "scan", "--fail-on", "never", "--format", "sarif",
                        "--output", work.resolve("out.sarif").toString(), "--threads", String.valueOf(p.threads())));
                if (noCacheFlag) {
                    cmd.add("--no-cache");
                }
            }
            case PARSE -> cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                    ParseOnlyMain.class.getName(), "--threads", String.valueOf(p.threads())));
            case PMD -> {
                cmd.addAll(List.of("-cp", pmdClasspath(), "dev.fearless.bench.pmd.PmdMain", "--threads",
                        String.valueOf(p.threads()), "--report", work.resolve("pmd-report.txt").toString(),
                        "--summary", summary.toString()));
                for (String e : p.excludes()) {
                    cmd.add("--exclude");
                    cmd.add(e);
                }
            }
        }
        cmd.addAll(dirs);
        return cmd;
    }

    private Sample fearlessSample(double wall, double user, double sys, long rss, int exit, List<String> err,
                                  double before, double after) {
        List<String> skipped = new ArrayList<>();
        int files = 0;
        int findings = 0;
        String outcome = null;
        for (String line : err) {
            if (line.startsWith("fearless: warning: ")) {
                skipped.add(line.substring("fearless: warning: ".length()));
            }
            Matcher m = FEARLESS_SUMMARY.matcher(line);
            if (m.find()) {
                findings = Integer.parseInt(m.group(1));
                files = Integer.parseInt(m.group(2));
            }
        }
        if (exit != 0) {
            outcome = "FAILED (exit " + exit + "): " + tail(err);
        } else {
            outcome = String.format(Locale.ROOT, "%,d files, %,d findings, %d skipped", files, findings, skipped.size());
        }
        return new Sample(wall, user, sys, rss, exit, files, findings, outcome, skipped, before, after, Double.NaN);
    }

    private Sample parseSample(double wall, double user, double sys, long rss, int exit, List<String> err,
                               double before, double after) {
        int files = 0;
        String outcome = "FAILED (exit " + exit + "): " + tail(err);
        for (String line : err) {
            Matcher m = PARSE_SUMMARY.matcher(line);
            if (m.find() && exit == 0) {
                files = Integer.parseInt(m.group(1));
                outcome = String.format(Locale.ROOT, "%,d files, %,d lines, %s with problems (default language level)",
                        files, Long.parseLong(m.group(2)), m.group(3));
            }
        }
        return new Sample(wall, user, sys, rss, exit, files, 0, outcome, List.of(), before, after, Double.NaN);
    }

    private Sample pmdSample(double wall, double user, double sys, long rss, int exit, List<String> err, Path summary,
                             double before, double after) throws IOException {
        Map<String, String> s = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (Files.isRegularFile(summary)) {
            for (String line : Files.readAllLines(summary, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t", 2);
                if (cells[0].equals("processing_error")) {
                    problems.add(cells[1].replace('\t', ' '));
                } else if (cells.length == 2) {
                    s.put(cells[0], cells[1]);
                }
            }
        }
        int found = Integer.parseInt(s.getOrDefault("files", "0"));
        int done = Integer.parseInt(s.getOrDefault("files_done", "0"));
        int violations = Integer.parseInt(s.getOrDefault("violations", "0"));
        String outcome;
        if (s.containsKey("crash")) {
            outcome = String.format(Locale.ROOT, "ABORTED: %s after %,d of %,d files", s.get("crash"), done, found);
        } else if (exit != 0 || s.isEmpty()) {
            outcome = "FAILED (exit " + exit + "): " + tail(err);
        } else {
            outcome = String.format(Locale.ROOT, "%,d files, %,d violations, %s processing errors", done, violations,
                    s.getOrDefault("processing_errors", "?"));
        }
        return new Sample(wall, user, sys, rss, exit, done, violations, outcome, problems, before, after, Double.NaN);
    }

    /** Makes the AppCDS archive of a pass (untimed for the tables; its own time is reported). */
    private void archive(Pass p) throws IOException, InterruptedException {
        String key = cdsKey(p);
        if (archives.containsKey(key)) {
            return;
        }
        Path jsa = work.resolve("fearless-" + archives.size() + ".jsa");
        List<String> cmd = new ArrayList<>(List.of(TIME, "-f", "%e %U %S %M", "-o", work.resolve("time.txt").toString(),
                javaBin()));
        p.flags().stream().filter(f -> !f.equals("@cds")).forEach(cmd::add);
        cmd.add("-XX:ArchiveClassesAtExit=" + jsa);
        cmd.addAll(List.of("-jar", jar.toString(), "scan", "--fail-on", "never", "--format", "sarif", "--output",
                work.resolve("train.sarif").toString(), "--threads", String.valueOf(p.threads())));
        if (noCacheFlag) {
            cmd.add("--no-cache");
        }
        Corpus corpus = Corpus.load(bench.resolve("corpus.tsv"), bench.resolve("corpus"));
        cmd.add(root.relativize(corpus.dir(o.cdsTrain).toAbsolutePath()).toString());
        Process proc = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("train.log").toFile()).start();
        proc.waitFor();
        List<String> t = Files.readAllLines(work.resolve("time.txt"), StandardCharsets.UTF_8);
        double wall = Double.parseDouble(t.get(t.size() - 1).split(" ")[0]);
        if (proc.exitValue() != 0 || !Files.isRegularFile(jsa)) {
            throw new IOException("could not make the CDS archive (" + String.join(" ", cmd) + "): "
                    + Files.readString(work.resolve("train.log")));
        }
        archives.put(key, jsa);
        archiveSeconds.put(key, wall);
        out.printf(Locale.ROOT, "AppCDS archive for [%s]: trained on a scan of %s, %.2f s wall (that run included), %,d KiB%n",
                key.isEmpty() ? "JVM defaults" : key, o.cdsTrain, wall, Files.size(jsa) / 1024);
    }

    private static String cdsKey(Pass p) {
        return String.join(" ", p.flags().stream().filter(f -> !f.equals("@cds")).toList());
    }

    /** One untimed small run of each tool, so the JDK, the jars and the corpus are in the OS file cache. */
    private void warmJars(List<Pass> passes) throws IOException, InterruptedException {
        Corpus corpus = Corpus.load(bench.resolve("corpus.tsv"), bench.resolve("corpus"));
        String small = root.relativize(corpus.dir(o.cdsTrain).toAbsolutePath()).toString();
        List<Kind> done = new ArrayList<>();
        for (Pass p : passes) {
            if (done.contains(p.kind())) {
                continue;
            }
            done.add(p.kind());
            List<String> cmd = command(new Pass(p.label(), p.kind(), List.of(), 2, List.of()), List.of(small),
                    work.resolve("warm-summary.tsv"));
            new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("warm.log").toFile()).start().waitFor();
        }
    }

    private String pmdClasspath() {
        Path pmd = bench.resolve("pmd/target");
        return pmd.resolve("fearless-bench-pmd.jar") + ":" + pmd.resolve("lib") + "/*";
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String help(Path jarFile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(javaBin(), "-jar", jarFile.toString(), "scan", "--help").redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    // --- report -------------------------------------------------------------------------------------

    private void report(Map<Pass, List<Sample>> samples) {
        Table t = new Table(List.of("pass", "JVM flags", "threads", "files", "wall s (min-max)", "CPU s", "CPU/wall",
                "files/s", "peak RSS MiB", "others' CPU s", "outcome"));
        for (Map.Entry<Pass, List<Sample>> e : samples.entrySet()) {
            Pass p = e.getKey();
            List<Sample> s = e.getValue();
            double wall = median(s, Sample::wall);
            double cpu = median(s, Sample::cpu);
            double rss = median(s, x -> (double) x.rssKb());
            Sample last = s.get(s.size() - 1);
            t.row(List.of(p.label(), p.flagText(), String.valueOf(p.threads()), String.format(Locale.ROOT, "%,d", last.files()),
                    String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", wall, min(s, Sample::wall), max(s, Sample::wall)),
                    String.format(Locale.ROOT, "%.2f", cpu), String.format(Locale.ROOT, "%.2f", cpu / wall),
                    String.format(Locale.ROOT, "%,.0f", last.files() / wall), String.format(Locale.ROOT, "%,.0f", rss / 1024),
                    String.format(Locale.ROOT, "%.1f", median(s, Sample::others)), last.outcome()));
        }
        out.printf(Locale.ROOT, "Cold runs, medians of %d (load average now: %s; others' CPU s: CPU time the rest of the"
                + " machine used during the pass, 0 on a quiet machine):%n", o.repeat, loadavgText());
        out.print(t.render());
        if (!archiveSeconds.isEmpty()) {
            out.println("AppCDS archives made before timing (the first run of a launcher that makes one pays this once):");
            archiveSeconds.forEach((k, v) -> out.printf(Locale.ROOT, "  [%s] training run %.2f s%n",
                    k.isEmpty() ? "JVM defaults" : k, v));
        }

        List<Pass> passes = new ArrayList<>(samples.keySet());
        Pass ref = passes.get(0);
        if (passes.size() > 1) {
            out.println();
            String name = switch (o.mode) {
                case "threads" -> "Relative to " + ref.label() + " (speed-up = its wall / this wall):";
                case "flags" -> "Relative to " + ref.label() + ":";
                default -> "Ratios " + ref.label() + " / other (below 1: fearless is cheaper):";
            };
            out.println(name);
            Table r = new Table(List.of("other", "wall", "CPU", "peak RSS", o.mode.equals("threads") ? "speed-up" : "note"));
            for (Pass p : passes.subList(1, passes.size())) {
                double w0 = median(samples.get(ref), Sample::wall);
                double w1 = median(samples.get(p), Sample::wall);
                double c0 = median(samples.get(ref), Sample::cpu);
                double c1 = median(samples.get(p), Sample::cpu);
                double m0 = median(samples.get(ref), x -> (double) x.rssKb());
                double m1 = median(samples.get(p), x -> (double) x.rssKb());
                boolean aborted = samples.get(p).stream().anyMatch(x -> x.outcome().startsWith("ABORTED")
                        || x.outcome().startsWith("FAILED"));
                String note = aborted ? "other did not finish: not comparable" : "";
                if (o.mode.equals("threads") || o.mode.equals("flags")) {
                    r.row(List.of(p.label(), x(w1 / w0), x(c1 / c0), x(m1 / m0),
                            o.mode.equals("threads") ? x(w0 / w1) : note));
                } else {
                    r.row(List.of(p.label(), x(w0 / w1), x(c0 / c1), x(m0 / m1), note));
                }
            }
            out.print(r.render());
        }

        for (Map.Entry<Pass, List<Sample>> e : samples.entrySet()) {
            Sample last = e.getValue().get(e.getValue().size() - 1);
            if (!last.skipped().isEmpty()) {
                out.println();
                out.println((e.getKey().kind() == Kind.PMD ? "Not analysed by " : "Skipped by ") + e.getKey().label()
                        + " (" + last.skipped().size() + ", last round):");
                last.skipped().forEach(s -> out.println("  " + s));
            }
        }
    }

    private void writeResults(Map<Pass, List<Sample>> samples, List<String> names) throws IOException {
        Path dir = o.results != null ? o.results : bench.resolve("results");
        Files.createDirectories(dir);
        String time = LocalDateTime.now(ZoneId.systemDefault()).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        Path tsv = dir.resolve("cold.tsv");
        StringBuilder b = new StringBuilder();
        if (!Files.exists(tsv)) {
            b.append(String.join("\t", "time", "mode", "libraries", "pass", "jvm_flags", "threads", "repeats", "files",
                    "wall_s_median", "cpu_s_median", "peak_rss_mib_median", "files_per_s", "outcome", "load_before",
                    "load_after", "others_cpu_s_median")).append('\n');
        }
        List<Object> json = new ArrayList<>();
        for (Map.Entry<Pass, List<Sample>> e : samples.entrySet()) {
            Pass p = e.getKey();
            List<Sample> s = e.getValue();
            Sample last = s.get(s.size() - 1);
            double wall = median(s, Sample::wall);
            b.append(String.join("\t", time, o.mode, String.join(",", names), p.label(), p.flagText(),
                    String.valueOf(p.threads()), String.valueOf(s.size()), String.valueOf(last.files()),
                    num(wall), num(median(s, Sample::cpu)), num(median(s, x -> (double) x.rssKb()) / 1024),
                    num(last.files() / wall), last.outcome(), num(s.get(0).loadBefore()), num(last.loadAfter()),
                    num(median(s, Sample::others))))
                    .append('\n');
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("pass", p.label());
            one.put("kind", p.kind().name());
            one.put("jvm_flags", p.flags());
            one.put("threads", p.threads());
            List<Object> runs = new ArrayList<>();
            for (Sample x : s) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("wall_s", x.wall());
                m.put("user_s", x.user());
                m.put("sys_s", x.sys());
                m.put("peak_rss_kib", x.rssKb());
                m.put("exit", x.exit());
                m.put("files", x.files());
                m.put("findings", x.findings());
                m.put("outcome", x.outcome());
                m.put("load_before", x.loadBefore());
                m.put("load_after", x.loadAfter());
                m.put("others_cpu_s", x.others());
                m.put("skipped", x.skipped());
                runs.add(m);
            }
            one.put("runs", runs);
            json.add(one);
        }
        Files.writeString(tsv, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", time);
        line.put("mode", o.mode);
        line.put("java", System.getProperty("java.version"));
        line.put("cores", Runtime.getRuntime().availableProcessors());
        line.put("libraries", names);
        line.put("archive_training_s", archiveSeconds);
        line.put("passes", json);
        Files.writeString(dir.resolve("cold.jsonl"), Json.write(line) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        out.println();
        out.println("Results appended to " + tsv + " and " + dir.resolve("cold.jsonl"));
    }

    // --- helpers ------------------------------------------------------------------------------------

    interface Metric {
        double of(Sample s);
    }

    static double median(List<Sample> s, Metric m) {
        double[] v = s.stream().mapToDouble(m::of).sorted().toArray();
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double min(List<Sample> s, Metric m) {
        return s.stream().mapToDouble(m::of).min().orElse(Double.NaN);
    }

    private static double max(List<Sample> s, Metric m) {
        return s.stream().mapToDouble(m::of).max().orElse(Double.NaN);
    }

    private static String x(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static String tail(List<String> lines) {
        List<String> useful = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("\tat ")).toList();
        return String.join(" | ", useful.subList(Math.max(0, useful.size() - 3), useful.size()));
    }

    static List<String> split(String flags) {
        return flags == null || flags.isBlank() ? List.of() : Arrays.asList(flags.strip().split("\\s+"));
    }

    /**
     * Waits (at most {@code --max-wait-minutes}) until the rest of the machine is idle: less than
     * {@code --idle-cores} cores busy over 3 seconds (from /proc/stat; this runner itself only sleeps). The
     * load average is no guide here: it lags by minutes and counts this bench's own last pass.
     */
    private void waitForIdle() throws InterruptedException {
        if (o.idleCores <= 0) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(o.maxWaitMinutes);
        boolean said = false;
        while (true) {
            long b0 = busyTicks();
            Thread.sleep(3000);
            long b1 = busyTicks();
            double cores = b0 < 0 || b1 < 0 ? 0 : (b1 - b0) / 100.0 / 3.0;
            if (cores < o.idleCores) {
                return;
            }
            if (System.nanoTime() > deadline) {
                out.printf(Locale.ROOT, "  (still %.2f cores busy after %d min: measuring anyway)%n", cores, o.maxWaitMinutes);
                return;
            }
            if (!said) {
                out.printf(Locale.ROOT, "  (other processes keep %.2f cores busy: waiting for them...)%n", cores);
                said = true;
            }
        }
    }

    /** The rest of the machine used more than {@code --idle-cores} cores on average during the sample. */
    private boolean noisy(Sample s) {
        return o.idleCores > 0 && !Double.isNaN(s.others()) && s.others() / s.wall() > o.idleCores;
    }

    /** Busy CPU time of all cores so far, in USER_HZ ticks (1/100 s) from /proc/stat; -1 when unknown. */
    static long busyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).strip().split("\\s+");
            long busy = 0;
            // cpu user nice system idle iowait irq softirq steal ...: idle and iowait are not busy
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double loadavg() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Meter.loadAverage();
        }
    }

    private static String loadavgText() {
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return l[0] + " " + l[1] + " " + l[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", Meter.loadAverage());
        }
    }

    private static String memTotal() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(l.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.1f GiB RAM", kb / 1048576.0);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // unknown
        }
        return "RAM unknown";
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // --- options ------------------------------------------------------------------------------------

    static final class Options {

        static final String USAGE = """
                usage: ColdRunner [--mode compare|flags|threads|fearless] [--threads N] [--repeat K]
                                  [--fearless-flags FLAGS] [--variant LABEL=FLAGS]... [--threads-list 1,2]
                                  [--pmd-flags FLAGS] [--no-pmd] [--no-parse-with-flags] [--cds-train LIB]
                                  [--jar FILE] [--timeout-minutes M] [--no-os-warmup] [--keep]
                                  [--idle-cores C] [--retries N] [--max-wait-minutes M] [--no-wait]
                                  [--results DIR | --no-results] [--bench DIR] [library...]
                  --mode             compare (default): fearless vs parse-only vs PMD; flags: fearless under
                                     JVM flag sets; threads: fearless with each of --threads-list;
                                     fearless: fearless alone
                  --threads N        worker threads of every tool (default 2)
                  --repeat K         runs of each pass, round-robin; medians shown (default 1)
                  --fearless-flags   JVM flags of the fearless pass (default: the launcher's, from ./fearless);
                                     @cds: an AppCDS archive made first by an untimed training run
                  --variant L=FLAGS  a flag set for --mode flags (repeatable; default: a built-in list)
                  --pmd-flags FLAGS  JVM flags of the PMD passes (default: none, PMD's defaults)
                  --cds-train LIB    library scanned to train AppCDS archives (default dbcp2)
                  --jar FILE         the fearless jar (default cli/target/fearless.jar; a snapshot is used)
                  --idle-cores C     before each pass, wait until other processes keep fewer than C cores
                                     busy (default 0.1; at most --max-wait-minutes, default 10), and
                                     measure a pass again (up to --retries times, default 3) when they
                                     used more than C cores on average meanwhile; the quietest run counts
                  --no-wait          neither wait nor measure again (others' CPU s is still shown)
                  library...         names from corpus.tsv, or jdk (default: the libraries of corpus.tsv)""";

        String mode = "compare";
        int threads = 2;
        int repeat = 1;
        String fearlessFlags;
        String pmdFlags;
        final Map<String, String> variants = new LinkedHashMap<>();
        List<Integer> threadsList = List.of(1, 2);
        boolean noPmd;
        boolean noParseWithFlags;
        String cdsTrain = "dbcp2";
        Path jar;
        Path bench;
        Path results;
        boolean noResults;
        boolean osWarmup = true;
        boolean keep;
        long timeoutMinutes = 30;
        double idleCores = 0.1;
        int retries = 3;
        long maxWaitMinutes = 10;
        boolean help;
        final List<String> names = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--mode" -> o.mode = value(args, ++i, a);
                    case "--threads" -> o.threads = Integer.parseInt(value(args, ++i, a));
                    case "--repeat" -> o.repeat = Math.max(1, Integer.parseInt(value(args, ++i, a)));
                    case "--fearless-flags" -> o.fearlessFlags = value(args, ++i, a);
                    case "--pmd-flags" -> o.pmdFlags = value(args, ++i, a);
                    case "--variant" -> {
                        String v = value(args, ++i, a);
                        int eq = v.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("--variant needs LABEL=FLAGS, was " + v);
                        }
                        o.variants.put(v.substring(0, eq), v.substring(eq + 1));
                    }
                    case "--threads-list" -> o.threadsList = Arrays.stream(value(args, ++i, a).split(","))
                            .map(String::strip).map(Integer::parseInt).toList();
                    case "--no-pmd" -> o.noPmd = true;
                    case "--no-parse-with-flags" -> o.noParseWithFlags = true;
                    case "--cds-train" -> o.cdsTrain = value(args, ++i, a);
                    case "--jar" -> o.jar = Path.of(value(args, ++i, a)).toAbsolutePath();
                    case "--bench" -> o.bench = Path.of(value(args, ++i, a));
                    case "--results" -> o.results = Path.of(value(args, ++i, a));
                    case "--no-results" -> o.noResults = true;
                    case "--no-os-warmup" -> o.osWarmup = false;
                    case "--keep" -> o.keep = true;
                    case "--timeout-minutes" -> o.timeoutMinutes = Long.parseLong(value(args, ++i, a));
                    case "--idle-cores" -> o.idleCores = Double.parseDouble(value(args, ++i, a));
                    case "--retries" -> o.retries = Integer.parseInt(value(args, ++i, a));
                    case "--no-wait" -> o.idleCores = 0;
                    case "--max-wait-minutes" -> o.maxWaitMinutes = Long.parseLong(value(args, ++i, a));
                    case "-h", "--help" -> o.help = true;
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        o.names.add(a);
                    }
                }
            }
            if (!List.of("compare", "flags", "threads", "fearless").contains(o.mode)) {
                throw new IllegalArgumentException("unknown mode " + o.mode);
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
