package dev.fearless.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * A module scanned within a multi-module build. The module is analysed together with the sources of the
 * other modules, as one program, so that a deadlock or a race between two modules is found; only the
 * findings that touch the module's own files are reported. Its {@code fearless.yml} is looked for in
 * the module folder, and exclude globs given relative to the module folder are rebased onto the root.
 *
 * @param folder       the module's folder
 * @param otherSources the source folders of the other modules of the build
 */
public record ModuleScope(Path folder, List<Path> otherSources) {

    /** Not a module of a larger build: the paths are the whole program. */
    public static final ModuleScope NONE = new ModuleScope(null, List.of());

    public ModuleScope {
        otherSources = List.copyOf(otherSources);
    }

    /** Whether there is anything around the module to analyse with it. */
    public boolean isPartOfABuild() {
        return folder != null && !otherSources.isEmpty();
    }

    /**
     * A glob relative to the module folder, relative to {@code root} instead; globs starting with
     * {@code **} match anywhere and stay as they are.
     */
    String rebase(String glob, Path root) {
        if (folder == null || glob.startsWith("**")) {
            return glob;
        }
        Path module = folder.toAbsolutePath().normalize();
        if (module.equals(root) || !module.startsWith(root)) {
            return glob;
        }
        return root.relativize(module).toString().replace('\\', '/') + "/" + glob;
    }
}
