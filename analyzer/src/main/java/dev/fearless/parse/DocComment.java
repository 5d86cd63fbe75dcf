package dev.fearless.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A documentation comment (a comment opened by slash, star, star) of a source file that talks about threads or
 * executors or about who accesses a field, a short one (a line comment too) about tests, or any comment (a
 * run of line comments on consecutive lines taken as one) that talks about races or about who accesses a
 * field: the line it ends on and its text. The parser never sees comments, so
 * the few that matter to the analysis (a class's documented thread-safety, a method only tests use, an
 * executor that runs one task at a time) are kept aside while the text is compacted. A line comment that
 * silences IntelliJ inspections on the statement below it ({@code //noinspection DoubleCheckedLocking}) is kept
 * too, on its own.
 */
public record DocComment(int endLine, String text) {

    /** What opens a line comment that silences IntelliJ inspections, after the slashes and any blanks. */
    private static final String NO_INSPECTION = "noinspection";

    /** Short comments are the ones that can say a method is only for tests ("used by tests"). */
    private static final int SHORT = 300;

    /** Whether the line comment at {@code [start, end)} of {@code text} is short and may say a method is only for tests. */
    static boolean aboutTests(String text, int start, int end) {
        if (end - start >= SHORT) {
            return false;
        }
        for (int at = start; at < end; at++) {
            if (text.startsWith("test", at) || text.startsWith("Test", at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line comment at {@code [start, end)} of {@code text} silences IntelliJ inspections:
     * {@code //noinspection} and the names of the inspections.
     */
    static boolean silencesInspections(CharSequence text, int start, int end) {
        int at = start + 2;
        while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return startsWith(text, at, end, NO_INSPECTION) && at + NO_INSPECTION.length() < end
                && Character.isWhitespace(text.charAt(at + NO_INSPECTION.length()));
    }

    /**
     * The inspections this comment silences when it is a {@code //noinspection} comment
     * ({@code //noinspection NonAtomicOperationOnVolatileField, unchecked}); empty for any other comment, and
     * for a run of line comments taken as one (its first line is kept on its own as well).
     */
    public List<String> silencedInspections() {
        if (!text.startsWith("//") || text.indexOf('\n') >= 0 || !silencesInspections(text, 0, text.length())) {
            return List.of();
        }
        int from = text.indexOf(NO_INSPECTION) + NO_INSPECTION.length();
        List<String> names = new ArrayList<>();
        for (String name : text.substring(from).split("[\\s,]+")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Whether the comment at {@code [start, end)} of {@code text} may say a race is deliberate ("benign race",
     * "deliberately not volatile", "the read is unguarded"): it mentions a race, {@code volatile} or unguarded access.
     */
    static boolean aboutRaces(CharSequence text, int start, int end) {
        for (int at = start; at < end; at++) {
            char c = text.charAt(at);
            if ((c == 'r' || c == 'R') && startsWith(text, at + 1, end, "ac") || c == 'o' && startsWith(text, at, end, "olatile")
                    || c == 'u' && startsWith(text, at, end, "unguarded")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} has {@code word} at {@code at}, before {@code end}. */
    private static boolean startsWith(CharSequence text, int at, int end, String word) {
        if (at + word.length() > end) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the comment at {@code [start, end)} of {@code text} may talk about thread-safety, locks or tasks
     * run one at a time, or, when short, about being used only by tests.
     */
    /**
     * Whether the comment at {@code [start, end)} of {@code text} may say which executor or thread accesses a
     * field ("must be accessed from syncContext", "only used from the reader thread"): it says "accessed",
     * "read and", "read or", "and read", or "used" followed by from, in, on or within.
     */
    static boolean aboutConfinement(CharSequence text, int start, int end) {
        for (int at = start; at < end; at++) {
            char c = text.charAt(at);
            if (c == 'c' && startsWith(text, at, end, "ccessed") || c == 'r' && (startsWith(text, at, end, "read and ")
                    || startsWith(text, at, end, "read or ")) || c == ' ' && startsWith(text, at, end, " and read ")
                    || c == 's' && startsWith(text, at, end, "sed ") && (startsWith(text, at + 4, end, "from ")
                    || startsWith(text, at + 4, end, "in ") || startsWith(text, at + 4, end, "on ")
                    || startsWith(text, at + 4, end, "within "))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the comment at {@code [start, end)} of {@code text} may say the one thread code runs on ("these
     * are always executed in the work thread", "only called from the reader thread"): it names a thread,
     * and says "always", "only" or "exclusively".
     */
    static boolean onOneThread(CharSequence text, int start, int end) {
        boolean thread = false;
        boolean only = false;
        for (int at = start; at < end && !(thread && only); at++) {
            char c = text.charAt(at);
            thread |= c == 't' && startsWith(text, at, end, "thread");
            only |= c == 'a' && startsWith(text, at, end, "always ") || c == 'o' && startsWith(text, at, end, "only ")
                    || c == 'e' && startsWith(text, at, end, "exclusively ");
        }
        return thread && only;
    }

    static boolean aboutThreads(String text, int start, int end) {
        // only within the comment: an unbounded indexOf would scan the rest of the file for every
        // comment that does not mention threads, quadratic in files with many of them
        boolean shortComment = end - start < SHORT;
        for (int at = start; at < end; at++) {
            if (text.startsWith("hread", at) || text.startsWith("ynchron", at) || text.startsWith("oncurren", at)
                    || text.startsWith("xecutor", at) || text.startsWith("equential", at) || text.startsWith("erially", at)
                    || text.startsWith("lock", at)
                    || shortComment && (text.startsWith("test", at) || text.startsWith("Test", at))) {
                return true;
            }
        }
        return false;
    }
}
