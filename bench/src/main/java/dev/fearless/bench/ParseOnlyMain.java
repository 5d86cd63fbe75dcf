package dev.fearless.bench;

import dev.fearless.discover.SourceDiscoverer;
import dev.fearless.discover.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parse-only baseline as a process of its own, for the cold (whole-process) bench: finds the files
 * as {@code fearless scan} does, parses each with JavaParser's default settings on N threads
 * ({@link ParseOnlyPass}), prints one summary line to standard error, and exits.
 *
 * <pre>
 * ParseOnlyMain [--threads N] path...
 * </pre>
 *
 * Summary: {@code parse-only: FILES files, LINES lines, PROBLEMS with problems, SECONDS s}.
 */
public final class ParseOnlyMain {

    private ParseOnlyMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--threads") && i + 1 < args.length) {
                threads = Integer.parseInt(args[++i]);
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: ParseOnlyMain [--threads N] path...");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path root = Path.of("").toAbsolutePath();
        List<SourceFile> files = new SourceDiscoverer(List.of()).discover(inputs, root).files();
        ParseOnlyPass.Outcome outcome = ParseOnlyPass.run(files, threads);
        System.err.printf(Locale.ROOT, "parse-only: %d files, %d lines, %d with problems, %.2f s%n", outcome.files(),
                outcome.lines(), outcome.problems().size(), (System.nanoTime() - start) / 1e9);
        System.exit(0);
    }
}
