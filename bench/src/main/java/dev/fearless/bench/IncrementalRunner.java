package dev.fearless.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How fast a rescan is when little changed, as a developer meets it at pre-commit or in CI. On a copy of
 * the chosen libraries (default cassandra), fresh processes of {@code cli/target/fearless.jar} with the
 * launcher's JVM options share one fact cache folder: a cold scan (empty cache), a warm scan with nothing
 * changed, and warm scans after a one-method edit of a widely used class (the file whose type name the most
 * other files mention) and of a leaf (one no other file mentions). Every warm answer is compared with a
 * scan without the cache of the same files: the SARIF reports must be identical. Prints wall and CPU
 * time, peak resident memory, the ratio to the cold scan, and the stages of each scan ({@code --timings}).
 */
public final class IncrementalRunner {

    private static final String TIME = "/usr/bin/time";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern STAGES = Pattern.compile("fearless: time: (.*)");
    private static final Pattern SUMMARY = Pattern.compile("fearless: (\\d+) findings?");
    private static final String EDIT = "\n    static int fearlessBenchEdit() {\n        return 1;\n    }\n";

    private final PrintStream out;
    private final Path work;
    private final Path jar;
    private final List<String> flags;
    private final int threads;

    private IncrementalRunner(PrintStream out, Path work, Path jar, List<String> flags, int threads) {
        this.out = out;
        this.work = work;
        this.jar = jar;
        this.flags = flags;
        this.threads = threads;
    }

    /** One measured scan. */
    private record Scan(String label, double wall, double cpu, long rssKb, String stages, int findings, Path sarif) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path bench = Path.of("bench");
        int threads = Runtime.getRuntime().availableProcessors();
        boolean keep = false;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bench" -> bench = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--keep" -> keep = true;
                case "-h", "--help" -> {
                    System.out.println("usage: bench/run.sh --incremental [--threads N] [--keep] [library...] "
                            + "(default: cassandra)");
                    return;
                }
                default -> names.add(args[i]);
            }
        }
        Path root = bench.toAbsolutePath().getParent();
        Corpus corpus = Corpus.load(bench.resolve("corpus.tsv"), bench.resolve("corpus"));
        if (names.isEmpty()) {
            names.add("cassandra");
        }
        for (String n : names) {
            String missing = corpus.knows(n) ? corpus.missing(n) : "unknown library '" + n + "'";
            if (missing != null) {
                System.out.println("incremental: " + missing);
                System.exit(2);
            }
        }
        Path jar = root.resolve("cli/target/fearless.jar");
        if (!Files.isRegularFile(jar)) {
            System.out.println("incremental: no " + jar + " (bench/run.sh --incremental builds it)");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("fearless-incremental-");
        IncrementalRunner runner = new IncrementalRunner(System.out, work, jar, ColdRunner.launcherFlags(root),
                threads);
        int exit;
        try {
            exit = runner.run(corpus, names);
        } finally {
            if (keep) {
                System.out.println("Kept " + work);
            } else {
                ColdRunner.deleteTree(work);
            }
        }
        System.exit(exit);
    }

    private int run(Corpus corpus, List<String> names) throws IOException, InterruptedException {
        Path src = work.resolve("src");
        List<Path> files = new ArrayList<>();
        for (String n : names) {
            Path from = corpus.dir(n);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    Path to = src.resolve(n).resolve(from.relativize(p).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                    files.add(to);
                }
            }
        }
        files.sort(Comparator.naturalOrder());
        Map<Path, Integer> mentions = mentions(files);
        Path hub = files.stream().filter(IncrementalRunner::editable)
                .max(Comparator.comparingInt((Path p) -> mentions.getOrDefault(p, 0)).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        Path leaf = files.stream().filter(p -> editable(p) && mentions.getOrDefault(p, 0) == 0).findFirst().orElseThrow();

        out.printf(Locale.ROOT, "fearless incremental bench: %s, %,d files, %d threads, JVM options %s%n",
                String.join(", ", names), files.size(), threads, flags.isEmpty() ? "(none)" : String.join(" ", flags));
        out.printf(Locale.ROOT, "Edits: one static method added to the widely used %s (its type is named in %,d other "
                + "files) and to the leaf %s (named in none)%n%n", src.relativize(hub), mentions.get(hub), src.relativize(leaf));

        Path cache = work.resolve("cache");
        List<Scan> scans = new ArrayList<>();
        Scan cold = scan("cold, empty cache", cache);
        scans.add(cold);
        boolean same = check(scans, scan("warm, nothing changed", cache), cold);
        same &= editAndScan(scans, hub, "warm, one widely used file changed", cache);
        same &= editAndScan(scans, leaf, "warm, one leaf file changed", cache);

        out.printf(Locale.ROOT, "%n%-38s %8s %8s %9s %7s %9s  %s%n", "scan", "wall s", "CPU s", "RSS MiB", "ratio",
                "findings", "stages");
        for (Scan s : scans) {
            out.printf(Locale.ROOT, "%-38s %8.2f %8.2f %,9d %6.2f× %9d  %s%n", s.label(), s.wall(), s.cpu(),
                    s.rssKb() / 1024, s.wall() / cold.wall(), s.findings(), s.stages());
        }
        out.println();
        out.println(same ? "Every warm answer equals the answer without the cache."
                : "A WARM ANSWER DIFFERS from the answer without the cache (see above).");
        return same ? 0 : 1;
    }

    /** Adds a method to {@code file}, scans with the cache, compares with a scan without it, and restores the file. */
    private boolean editAndScan(List<Scan> scans, Path file, String label, Path cache) throws IOException, InterruptedException {
        String original = Files.readString(file, StandardCharsets.ISO_8859_1);
        int end = original.lastIndexOf('}');
        Files.writeString(file, original.substring(0, end) + EDIT + original.substring(end), StandardCharsets.ISO_8859_1);
        try {
            return check(scans, scan(label, cache), scan("(" + label + ", without the cache)", null));
        } finally {
            Files.writeString(file, original, StandardCharsets.ISO_8859_1);
        }
    }

    private boolean check(List<Scan> scans, Scan warm, Scan reference) throws IOException {
        scans.add(warm);
        boolean same = Arrays.equals(Files.readAllBytes(warm.sarif()), Files.readAllBytes(reference.sarif()));
        if (!same) {
            out.println("  " + warm.label() + ": the report differs from " + reference.label());
        }
        return same;
    }

    private Scan scan(String label, Path cache) throws IOException, InterruptedException {
        Path sarif = work.resolve("scan-" + Integer.toHexString(label.hashCode()) + ".sarif");
        Path time = work.resolve("time.txt");
        Path err = work.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>(List.of(TIME, "-f", "%e %U %S %M", "-o", time.toString(), ColdRunner.javaBin()));
        cmd.addAll(flags);
        cmd.addAll(List.of("-jar", jar.toString(), "scan", "--fail-on", "never", "--format", "sarif", "-o",
                sarif.toString(), "--threads", String.valueOf(threads), "--timings"));
        if (cache == null) {
            cmd.add("--no-cache");
        } else {
            cmd.addAll(List.of("--cache-dir", cache.toString()));
        }
        cmd.add("src");
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(work.resolve("stdout.txt").toFile())
                .redirectError(err.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IOException(label + ": the scan failed: " + Files.readString(err));
        }
        List<String> t = Files.readAllLines(time, StandardCharsets.UTF_8);
        String[] cells = t.get(t.size() - 1).strip().split(" ");
        String stages = "";
        int findings = -1;
        for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
            Matcher m = STAGES.matcher(line);
            if (m.matches()) {
                stages = m.group(1);
            }
            Matcher f = SUMMARY.matcher(line);
            if (f.find()) {
                findings = Integer.parseInt(f.group(1));
            }
        }
        Scan s = new Scan(label, Double.parseDouble(cells[0]), Double.parseDouble(cells[1]) + Double.parseDouble(cells[2]),
                Long.parseLong(cells[3]), stages, findings, sarif);
        out.printf(Locale.ROOT, "  %-52s wall %6.2f s  CPU %6.2f s  RSS %,6d MiB  %s%n", label, s.wall(), s.cpu(),
                s.rssKb() / 1024, stages);
        return s;
    }

    /** For each file, how many other files name its type (its file name) as a word. */
    private static Map<Path, Integer> mentions(List<Path> files) throws IOException {
        Map<String, Path> byName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".java", "");
            if (byName.put(name, f) != null) {
                ambiguous.add(name);
            }
        }
        ambiguous.forEach(byName::remove);
        Map<Path, Integer> result = new HashMap<>();
        for (Path f : files) {
            Set<String> named = new HashSet<>();
            Matcher m = IDENTIFIER.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
            while (m.find()) {
                named.add(m.group());
            }
            for (String n : named) {
                Path target = byName.get(n);
                if (target != null && !target.equals(f)) {
                    result.merge(target, 1, Integer::sum);
                }
            }
        }
        return result;
    }

    /** Whether a static method can be added before the file's last brace: a class, interface, enum or record. */
    private static boolean editable(Path file) {
        String name = file.getFileName().toString();
        if (name.equals("package-info.java") || name.equals("module-info.java")) {
            return false;
        }
        try {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            return !text.contains("@interface") && text.lastIndexOf('}') > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
