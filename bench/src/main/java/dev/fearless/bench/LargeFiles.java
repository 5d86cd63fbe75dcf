package dev.fearless.bench;

import dev.fearless.budget.Cutoff;
import dev.fearless.engine.AnalysisRequest;
import dev.fearless.engine.AnalysisResult;
import dev.fearless.engine.Analyzer;
import dev.fearless.discover.FileProblem;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The scan of huge generated files must end, with a notification for what was cut off, never hang:
 * writes generated classes (one field touched by many methods, half of them under a lock: the shape
 * that made a rule quadratic) of the given sizes and scans each alone with every rule, printing the
 * time of each stage, the findings, skipped files and cutoffs.
 *
 * <pre>bench/large-files.sh [MEGABYTES...]   (default: 0.8 20)</pre>
 */
public final class LargeFiles {

    private LargeFiles() {
    }

    public static void main(String[] args) throws IOException {
        List<String> sizes = args.length == 0 ? List.of("0.8", "20") : List.of(args);
        Path dir = Files.createTempDirectory("fearless-large");
        System.out.println("| file | MB | methods | total s | extract s | link s | summarize s | rules s | findings "
                + "| skipped | cutoffs |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String size : sizes) {
            double megabytes = Double.parseDouble(size);
            Path folder = dir.resolve("mb" + size);
            Files.createDirectories(folder);
            int methods = generate(folder.resolve("Generated.java"), (long) (megabytes * 1024 * 1024));
            long start = System.nanoTime();
            AnalysisResult r = new Analyzer(KnowledgeBase.jdk(), RuleCatalog.all())
                    .analyze(new AnalysisRequest(List.of(folder), folder, List.of(), AnalysisRequest.defaultThreads()));
            double total = (System.nanoTime() - start) / 1e9;
            AnalysisResult.Timings t = r.timings();
            System.out.printf(Locale.ROOT, "| Generated.java | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d | %d |%n",
                    size, methods, total, t.extractMillis() / 1e3, t.linkMillis() / 1e3, t.summarizeMillis() / 1e3,
                    t.rulesMillis() / 1e3, r.findings().size(), r.problems().size(), r.cutoffs().size());
            for (FileProblem p : r.problems()) {
                System.out.println("  skipped: " + p.describe());
            }
            for (Cutoff c : r.cutoffs()) {
                System.out.println("  cutoff: " + c.describe());
            }
        }
    }

    /** A class with one counter that every method touches; every other method holds the lock. Returns the method count. */
    static int generate(Path file, long bytes) throws IOException {
        StringBuilder text = new StringBuilder("package generated;\n\npublic class Generated {\n"
                + "    private final Object lock = new Object();\n    private long count;\n    private long total;\n\n");
        int n = 0;
        while (text.length() < bytes) {
            if (n % 2 == 0) {
                text.append("    public void m").append(n).append("(long x) {\n        synchronized (lock) {\n")
                        .append("            count = count + x;\n            total += count;\n        }\n    }\n\n");
            } else {
                text.append("    public long m").append(n).append("(long x) {\n        count = x;\n")
                        .append("        return total + count;\n    }\n\n");
            }
            n++;
        }
        Files.writeString(file, text.append("}\n"), StandardCharsets.UTF_8);
        return n;
    }
}
