package dev.fearless.discover;

import java.nio.file.Path;

/** A Java source file to analyse: where it is, how it is shown (relative to the scan root), its size. */
public record SourceFile(Path path, String displayPath, long size) {
}
