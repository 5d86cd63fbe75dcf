package dev.fearless.report;

import dev.fearless.discover.FileProblem;
import dev.fearless.facts.Position;
import dev.fearless.rule.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * Compiler-style text: {@code path:line:col: severity: [RuleId] message}, one finding per line, so
 * editors and CI logs link each line to the source; files that could not be analysed likewise.
 */
public final class TextReporter {

    private static final Position FILE_START = Position.of(1, 1, 1, 1);

    public void write(List<Finding> findings, PrintWriter out) {
        for (Finding f : findings) {
            out.println(line(f));
        }
        out.flush();
    }

    /**
     * A file that could not be analysed, as {@code path:line:col: cannot parse: message}. A source file
     * always gets a position, the start of the file when the problem has none of its own (it could not be
     * read, or failed as a whole), so that every line links to the file; a folder gets none.
     */
    public static String line(FileProblem p) {
        return at(p).describe();
    }

    /** The problem with the position it is reported at: its own, else the start of a source file. */
    public static FileProblem at(FileProblem p) {
        return p.pos().isKnown() || !p.path().endsWith(".java") ? p
                : new FileProblem(p.path(), p.kind(), p.message(), FILE_START);
    }

    public static String line(Finding f) {
        return f.location().path() + ":" + f.location().pos().line() + ":" + f.location().pos().column() + ": "
                + f.severity().label() + ": [" + f.ruleId() + "] " + f.message();
    }
}
