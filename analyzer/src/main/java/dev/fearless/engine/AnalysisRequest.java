package dev.fearless.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What to analyse: the files and folders, the root that reported paths are relative to, exclusion
 * globs, how many worker threads to use, where to keep extracted facts between runs, whom to tell
 * about progress, and the time budgets after which work is cut off and reported.
 */
public record AnalysisRequest(List<Path> inputs, Path root, List<String> excludes, int threads, FactCache cache,
                              Progress progress, Budgets budgets) {

    public AnalysisRequest {
        inputs = List.copyOf(inputs);
        excludes = List.copyOf(excludes);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** A request with the default budgets. */
    public AnalysisRequest(List<Path> inputs, Path root, List<String> excludes, int threads, FactCache cache,
                           Progress progress) {
        this(inputs, root, excludes, threads, cache, progress, Budgets.DEFAULT);
    }

    /** A request without a cache or progress reporting. */
    public AnalysisRequest(List<Path> inputs, Path root, List<String> excludes, int threads) {
        this(inputs, root, excludes, threads, FactCache.NONE, Progress.NONE);
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
