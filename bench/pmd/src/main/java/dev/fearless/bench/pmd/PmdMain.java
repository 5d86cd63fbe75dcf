package dev.fearless.bench.pmd;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.sourceforge.pmd.lang.document.TextFile;
import net.sourceforge.pmd.reporting.FileAnalysisListener;
import net.sourceforge.pmd.reporting.GlobalAnalysisListener;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/**
 * PMD's {@code pmd check} for the bench, through PMD's public API (its command-line module is not on
 * Maven Central): runs a ruleset on files or folders with N threads, writes PMD's own report, and
 * prints what happened to standard error. Everything else is PMD's default (language version: the
 * latest Java PMD knows; no auxiliary classpath; no analysis cache, so every run is a full analysis).
 *
 * <pre>
 * PmdMain [--threads N] [--rulesets LIST] [--format FMT] [--report FILE] [--summary FILE] [--exclude FILE]... path...
 * </pre>
 *
 * The summary file (for bench/cold.sh) has one {@code key<TAB>value} per line: files (found),
 * files_done (analysed to the end), violations, processing_errors, configuration_errors, crash, seconds, then one {@code processing_error<TAB>file<TAB>message}
 * per file PMD could not analyse. Exit code 0 when the analysis ran to its end (whatever it found),
 * 3 when it threw.
 */
public final class PmdMain {

    private PmdMain() {
    }

    public static void main(String[] args) throws IOException {
        int threads = 2;
        String rulesets = "category/java/multithreading.xml";
        String format = "text";
        Path report = null;
        Path summary = null;
        List<Path> inputs = new ArrayList<>();
        List<Path> excludes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rulesets" -> rulesets = args[++i];
                case "--format" -> format = args[++i];
                case "--report" -> report = Path.of(args[++i]);
                case "--summary" -> summary = Path.of(args[++i]);
                case "--exclude" -> excludes.add(Path.of(args[++i]));
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: PmdMain [--threads N] [--rulesets LIST] [--format FMT] [--report FILE]"
                    + " [--summary FILE] [--exclude FILE]... path...");
            System.exit(2);
        }

        PMDConfiguration config = new PMDConfiguration();
        config.setThreads(threads);
        for (String r : rulesets.split(",")) {
            config.addRuleSet(r.strip());
        }
        config.setReportFormat(format);
        if (report != null) {
            config.setReportFile(report);
        }
        config.setIgnoreIncrementalAnalysis(true);
        inputs.forEach(config::addInputPath);
        config.setExcludes(excludes);

        Map<String, String> out = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        int code = 0;
        long start = System.nanoTime();
        Progress progress = new Progress();
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            int files = pmd.files().getCollectedFiles().size();
            out.put("files", String.valueOf(files));
            pmd.addListener(progress);
            Report r = pmd.performAnalysisAndCollectReport();
            out.put("files_done", String.valueOf(progress.done.get()));
            out.put("violations", String.valueOf(r.getViolations().size()));
            out.put("processing_errors", String.valueOf(r.getProcessingErrors().size()));
            out.put("configuration_errors", String.valueOf(r.getConfigurationErrors().size()));
            for (Report.ProcessingError e : r.getProcessingErrors()) {
                errors.add(e.getFileId().getOriginalPath() + "\t" + oneLine(e.getMsg()));
            }
            for (Report.ConfigurationError e : r.getConfigurationErrors()) {
                errors.add("(configuration)\t" + oneLine(e.rule().getName() + ": " + e.issue()));
            }
        } catch (RuntimeException | Error e) {
            out.put("files_done", String.valueOf(progress.done.get()));
            out.put("crash", oneLine(e.toString()));
            // The last file each worker started: with --threads 1, the one that threw. With more threads the
            // other workers go on a little after the error, so the culprit may be an earlier file.
            new java.util.TreeSet<>(progress.lastStarted.values()).forEach(f -> errors.add(f
                    + "\tlast file a worker started before PMD stopped (with --threads 1: the file that threw) ("
                    + oneLine(e.toString()) + ")"));
            code = 3;
            e.printStackTrace();
        }
        out.put("seconds", String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1e9));

        PrintStream err = System.err;
        err.println("pmd: " + out);
        errors.stream().limit(20).forEach(e -> err.println("pmd: processing error: " + e.replace('\t', ' ')));
        if (errors.size() > 20) {
            err.println("pmd: ... and " + (errors.size() - 20) + " more processing errors");
        }
        if (summary != null) {
            StringBuilder b = new StringBuilder();
            out.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
            errors.forEach(e -> b.append("processing_error\t").append(e).append('\n'));
            Files.writeString(summary, b, StandardCharsets.UTF_8);
        }
        System.exit(code);
    }

    /**
     * Counts finished files and remembers the last file each worker thread started: when PMD stops on an
     * error (it closes the file's listener on its way out, so "unfinished" cannot be told apart), with
     * {@code --threads 1} that is the file that threw.
     */
    private static final class Progress implements GlobalAnalysisListener {

        final AtomicInteger done = new AtomicInteger();
        final Map<String, String> lastStarted = new ConcurrentHashMap<>();

        @Override
        public FileAnalysisListener startFileAnalysis(TextFile file) {
            lastStarted.put(Thread.currentThread().getName(), file.getFileId().getOriginalPath());
            return new FileAnalysisListener() {
                @Override
                public void onRuleViolation(RuleViolation violation) {
                    // counted by PMD's own report
                }

                @Override
                public void close() {
                    done.incrementAndGet();
                }
            };
        }

        @Override
        public void close() {
            // nothing to flush
        }
    }

    private static String oneLine(String s) {
        String line = String.valueOf(s).replaceAll("\\s+", " ").strip();
        return line.length() > 400 ? line.substring(0, 400) + "..." : line;
    }
}
