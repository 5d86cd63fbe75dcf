package dev.fearless.engine;

import dev.fearless.discover.SourceFile;
import dev.fearless.extract.FactExtractor;
import dev.fearless.facts.FileFacts;
import dev.fearless.parse.JavaSourceParser;
import dev.fearless.parse.ParseOutcome;
import dev.fearless.parse.SourceReader;
import dev.fearless.parse.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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

    private final FactExtractor extractor;

    ParallelExtractor(FactExtractor extractor) {
        this.extractor = extractor;
    }

    List<FileOutcome> run(List<SourceFile> files, int threads) {
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
                Callable<List<FileOutcome>> worker = () -> work(files, order, next);
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

    private List<FileOutcome> work(List<SourceFile> files, Integer[] order, AtomicInteger next) {
        List<FileOutcome> mine = new ArrayList<>();
        JavaSourceParser parser = new JavaSourceParser();
        int i;
        while ((i = next.getAndIncrement()) < order.length) {
            int index = order[i];
            FileOutcome outcome = process(index, files.get(index), parser);
            if (outcome.problem() != null && outcome.problem().kind() == FileProblem.Kind.TOO_COMPLEX) {
                parser = new JavaSourceParser();
            }
            mine.add(outcome);
        }
        return mine;
    }

    private FileOutcome process(int index, SourceFile file, JavaSourceParser parser) {
        String path = file.displayPath();
        try {
            SourceText text = SourceReader.read(file.path());
            ParseOutcome parsed = parser.parse(text);
            if (!parsed.succeeded()) {
                return new FileOutcome(index, null, FileProblem.parseError(path, parsed.problem(), parsed.problemPosition()));
            }
            FileFacts facts = extractor.extract(parsed.unit(), path);
            return new FileOutcome(index, facts, null);
        } catch (StackOverflowError e) {
            return new FileOutcome(index, null, FileProblem.tooComplex(path, "nesting too deep to analyse"));
        } catch (IOException e) {
            return new FileOutcome(index, null, FileProblem.unreadable(path, e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (RuntimeException e) {
            return new FileOutcome(index, null, FileProblem.internal(path, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " at " + where(e)));
        }
    }

    private static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].getClassName() + "." + trace[0].getMethodName() + ":" + trace[0].getLineNumber();
    }
}
