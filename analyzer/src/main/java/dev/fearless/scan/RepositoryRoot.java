package dev.fearless.scan;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of the repository a folder is in: the nearest folder upwards holding {@code .git}, else the folder. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** The repository root above {@code start} (a folder), or {@code start} itself. */
    static Path of(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return dir;
    }
}
