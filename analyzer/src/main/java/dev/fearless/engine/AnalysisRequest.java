package dev.fearless.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What to analyse: the files and folders, the root that reported paths are relative to, exclusion
 * globs, and how many worker threads to use.
 */
public record AnalysisRequest(List<Path> inputs, Path root, List<String> excludes, int threads) {

    public AnalysisRequest {
        inputs = List.copyOf(inputs);
        excludes = List.copyOf(excludes);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
