package dev.fearless.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder of Java sources under {@code root/src}, for tests of the engine that scan files on disk. */
record SourceTree(Path root) {

    Path src() throws IOException {
        return Files.createDirectories(root.resolve("src"));
    }

    void write(String name, String source) throws IOException {
        Path file = src().resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }
}
