package dev.fearless.scan;

import dev.fearless.discover.FileProblem;
import dev.fearless.rule.Finding;
import dev.fearless.facts.Location;
import java.util.List;
import java.util.Set;

/**
 * What a scan reports on: the whole program, or only some files and folders (by display path): the
 * given files in file mode, a module's source folders in a build. A finding touches a file when its
 * primary location, a related location or a code-flow step lies in it, so a deadlock between a given
 * file and another one is still reported.
 *
 * @param files   display paths of files reported on
 * @param folders display paths of folders whose files are reported on; {@code ""} is the root itself
 */
public record Focus(boolean wholeProgram, Set<String> files, Set<String> folders) {

    /** Every finding and every problem. */
    public static final Focus WHOLE_PROGRAM = new Focus(true, Set.of(), Set.of());

    public Focus {
        files = Set.copyOf(files);
        folders = Set.copyOf(folders);
    }

    /** File mode: only what touches these display paths. */
    public static Focus on(Set<String> files) {
        return new Focus(false, files, Set.of());
    }

    /** Only what touches these files or the files under these folders. */
    public static Focus on(Set<String> files, Set<String> folders) {
        return new Focus(false, files, folders);
    }

    /** Whether a display path is one this focus reports on. */
    public boolean covers(String path) {
        if (wholeProgram || files.contains(path)) {
            return true;
        }
        for (String folder : folders) {
            if (folder.isEmpty() ? !path.startsWith("/") : path.startsWith(folder + "/")) {
                return true;
            }
        }
        return false;
    }

    public boolean covers(Finding f) {
        return covers(f.location().path())
                || f.related().stream().map(Location::path).anyMatch(this::covers)
                || f.flows().stream().flatMap(List::stream).map(Location::path).anyMatch(this::covers);
    }

    public boolean covers(FileProblem p) {
        return covers(p.path());
    }

    /** The findings this focus covers, in their order. */
    public List<Finding> findings(List<Finding> all) {
        return wholeProgram ? all : all.stream().filter(this::covers).toList();
    }
}
