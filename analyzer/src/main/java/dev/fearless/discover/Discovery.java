package dev.fearless.discover;

import java.util.List;

/** The source files found under the scanned paths, sorted, and what could not be read. */
public record Discovery(List<SourceFile> files, List<FileProblem> problems) {

    public Discovery {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
