package dev.fearless.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.fearless.discover.SourceFile;
import dev.fearless.parse.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline: read and parse every file with JavaParser's <em>default</em> settings
 * ({@code new JavaParser()}, one per worker thread), nothing else. Same files, same thread count, same
 * reading (UTF-8, falling back as the engine's {@link SourceReader} does), same largest-first schedule
 * and worker stack size as the engine's extraction stage, so the difference to a scan is what fearless
 * adds on top of parsing.
 */
final class ParseOnlyPass {

    /** Same as the engine's workers, so deeply nested files behave alike. */
    private static final long WORKER_STACK_BYTES = 512L * 1024 * 1024;

    /** A file JavaParser reported problems for (under its default language level) or could not parse. */
    record ParseProblem(String path, String message) {
    }

    /** Files parsed, lines, and files with problems (still counted: the parser produced a tree for most). */
    record Outcome(int files, long lines, List<ParseProblem> problems) {
    }

    private ParseOnlyPass() {
    }

    static Outcome run(List<SourceFile> files, int threads) throws InterruptedException {
        List<SourceFile> order = new ArrayList<>(files);
        order.sort(Comparator.comparingLong(SourceFile::size).reversed());
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, order.size()));
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(null, r, "bench-parse-" + number.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> work(order, next)));
            }
            int count = 0;
            long lines = 0;
            List<ParseProblem> problems = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                Outcome o = f.get();
                count += o.files();
                lines += o.lines();
                problems.addAll(o.problems());
            }
            problems.sort(Comparator.comparing(ParseProblem::path));
            return new Outcome(count, lines, List.copyOf(problems));
        } catch (ExecutionException e) {
            throw new IllegalStateException("parse-only pass failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome work(List<SourceFile> order, AtomicInteger next) {
        JavaParser parser = new JavaParser();
        int count = 0;
        long lines = 0;
        List<ParseProblem> problems = new ArrayList<>();
        int i;
        while ((i = next.getAndIncrement()) < order.size()) {
            SourceFile file = order.get(i);
            String text;
            try {
                text = SourceReader.decode(Files.readAllBytes(file.path())).content();
            } catch (IOException e) {
                problems.add(new ParseProblem(file.displayPath(), "cannot read: " + e.getMessage()));
                continue;
            }
            count++;
            try {
                ParseResult<CompilationUnit> result = parser.parse(text);
                lines += result.getResult().flatMap(CompilationUnit::getRange).map(r -> (long) r.end.line)
                        .orElseGet(() -> physicalLines(text));
                if (!result.isSuccessful()) {
                    List<Problem> found = result.getProblems();
                    problems.add(new ParseProblem(file.displayPath(), found.isEmpty() ? "unsuccessful, no message"
                            : found.size() + " problem(s), first: " + oneLine(found.get(0).getVerboseMessage())));
                }
            } catch (StackOverflowError e) {
                lines += physicalLines(text);
                problems.add(new ParseProblem(file.displayPath(), "StackOverflowError"));
                parser = new JavaParser();
            } catch (RuntimeException e) {
                lines += physicalLines(text);
                problems.add(new ParseProblem(file.displayPath(), e.toString()));
                parser = new JavaParser();
            }
        }
        return new Outcome(count, lines, problems);
    }

    static long physicalLines(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long n = text.chars().filter(c -> c == '\n').count();
        return text.endsWith("\n") ? n : n + 1;
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
