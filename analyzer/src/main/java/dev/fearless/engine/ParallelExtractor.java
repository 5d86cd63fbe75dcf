package dev.fearless.engine;

import dev.fearless.budget.BudgetExceeded;
import dev.fearless.budget.Deadline;
import dev.fearless.discover.FileProblem;
import dev.fearless.discover.SourceFile;
import dev.fearless.extract.FactExtractor;
import dev.fearless.facts.FileFacts;
import dev.fearless.parse.JavaSourceParser;
import dev.fearless.parse.ParseOutcome;
import dev.fearless.parse.SourceReader;
import dev.fearless.parse.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses and extracts files in parallel: the only per-file stage. Each worker owns one parser (they
 * are not thread-safe) and takes the next file from a shared counter, largest files first so the
 * workers finish together. A file that overflows the stack, cannot be read or crashes the extractor
 * is reported and skipped; the others go on. Workers have large stacks for deeply nested code.
 */
final class ParallelExtractor {

    private static final long WORKER_STACK_BYTES = 512L * 1024 * 1024;

    /** Bumped when the facts model changes, so cached facts of another shape are never read back. */
    static final String FACTS_FORMAT = "facts-10";

    private final FactExtractor extractor;
    private final FactCache cache;
    private final Progress progress;
    private final String keyPrefix;
    private final AtomicInteger done = new AtomicInteger();
    private final long extractMillis;

    ParallelExtractor(FactExtractor extractor, FactCache cache, Progress progress, String knowledgeFingerprint) {
        this(extractor, cache, progress, knowledgeFingerprint, Budgets.DEFAULT.extractMillisPerFile());
    }

    /** An extractor that cuts off (and reports) the extraction of a file running longer than {@code extractMillis}. */
    ParallelExtractor(FactExtractor extractor, FactCache cache, Progress progress, String knowledgeFingerprint,
                      long extractMillis) {
        this.extractMillis = extractMillis;
        this.extractor = extractor;
        this.cache = cache;
        this.progress = progress;
        this.keyPrefix = FACTS_FORMAT + "|" + Version.build() + "|" + knowledgeFingerprint + "|";
    }

    List<FileOutcome> run(List<SourceFile> files, int threads) {
        return run(files, threads, Map.of());
    }

    /**
     * Extracts {@code files}, reading those named in {@code contents} (by display path) from there
     * instead of the disk: the unsaved buffers of an editor.
     */
    List<FileOutcome> run(List<SourceFile> files, int threads, Map<String, byte[]> contents) {
        Integer[] order = new Integer[files.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> files.get(i).size()).reversed());
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, files.size()));
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(null, r, "fearless-worker-" + threadNumber.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<FileOutcome>>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Callable<List<FileOutcome>> worker = () -> work(files, order, next, contents);
                futures.add(pool.submit(worker));
            }
            FileOutcome[] byIndex = new FileOutcome[files.size()];
            for (Future<List<FileOutcome>> f : futures) {
                for (FileOutcome o : f.get()) {
                    byIndex[o.index()] = o;
                }
            }
            return List.of(byIndex);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting facts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<FileOutcome> work(List<SourceFile> files, Integer[] order, AtomicInteger next,
                                   Map<String, byte[]> contents) {
        List<FileOutcome> mine = new ArrayList<>();
        JavaSourceParser parser = new JavaSourceParser();
        int i;
        while ((i = next.getAndIncrement()) < order.length) {
            int index = order[i];
            FileOutcome outcome = process(index, files.get(index), parser, contents);
            progress.filesDone(done.incrementAndGet(), order.length);
            if (outcome.problem() != null && outcome.problem().kind() == FileProblem.Kind.TOO_COMPLEX) {
                parser = new JavaSourceParser();
            }
            mine.add(outcome);
        }
        return mine;
    }

    private FileOutcome process(int index, SourceFile file, JavaSourceParser parser, Map<String, byte[]> contents) {
        String path = file.displayPath();
        try {
            byte[] given = contents.get(path);
            byte[] bytes = given != null ? given : Files.readAllBytes(file.path());
            String key = cache == FactCache.NONE ? null : key(bytes);
            FileFacts cached = key == null ? null : cache.load(key);
            if (cached != null) {
                return new FileOutcome(index, cached.withPath(path), null);
            }
            SourceText text = SourceReader.decode(bytes);
            ParseOutcome parsed = parser.parse(text);
            if (!parsed.succeeded()) {
                return new FileOutcome(index, null, FileProblem.parseError(path, parsed.problem(), parsed.problemPosition()));
            }
            FileFacts facts = extractor.extract(parsed, path, Deadline.in(extractMillis, path));
            if (key != null) {
                cache.store(key, facts);
            }
            return new FileOutcome(index, facts, null);
        } catch (StackOverflowError e) {
            return new FileOutcome(index, null, FileProblem.tooComplex(path, "nesting too deep to analyse"));
        } catch (BudgetExceeded e) {
            return new FileOutcome(index, null, FileProblem.tooComplex(path, "extracting its facts took longer than "
                    + Budgets.text(extractMillis)));
        } catch (IOException e) {
            return new FileOutcome(index, null, FileProblem.unreadable(path, e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (RuntimeException e) {
            return new FileOutcome(index, null, FileProblem.internal(path, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " at " + where(e)));
        }
    }

    /** The cache key of a file: its content and everything its facts depend on. */
    private String key(byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(keyPrefix.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].getClassName() + "." + trace[0].getMethodName() + ":" + trace[0].getLineNumber();
    }
}
