package dev.fearless.scan;

import dev.fearless.engine.FileProblem;
import dev.fearless.rule.Finding;
import dev.fearless.rule.Location;
import java.util.List;
import java.util.Set;

/**
 * What a scan reports on: the whole program, or in file mode only the given files (by display path).
 * A finding touches a file when its primary location, a related location or a code-flow step lies in it,
 * so a deadlock between a given file and another one is still reported.
 */
public record Focus(boolean wholeProgram, Set<String> files) {

    /** Every finding and every problem. */
    public static final Focus WHOLE_PROGRAM = new Focus(true, Set.of());

    public Focus {
        files = Set.copyOf(files);
    }

    /** File mode: only what touches these display paths. */
    public static Focus on(Set<String> files) {
        return new Focus(false, files);
    }

    public boolean covers(Finding f) {
        return wholeProgram || files.contains(f.location().path())
                || f.related().stream().map(Location::path).anyMatch(files::contains)
                || f.flows().stream().flatMap(List::stream).map(Location::path).anyMatch(files::contains);
    }

    public boolean covers(FileProblem p) {
        return wholeProgram || files.contains(p.path());
    }

    /** The findings this focus covers, in their order. */
    public List<Finding> findings(List<Finding> all) {
        return wholeProgram ? all : all.stream().filter(this::covers).toList();
    }
}
