package dev.fearless.parse;

/**
 * A documentation comment (a comment opened by slash, star, star) of a source file that talks about threads: the
 * line it ends on and its text. The parser never sees comments, so the few that matter to the
 * analysis (a class's documented thread-safety) are kept aside while the text is compacted.
 */
public record DocComment(int endLine, String text) {

    /** Whether the comment at {@code [start, end)} of {@code text} may talk about thread-safety. */
    static boolean aboutThreads(String text, int start, int end) {
        // only within the comment: an unbounded indexOf would scan the rest of the file for every
        // comment that does not mention threads, quadratic in files with many of them
        for (int at = start; at < end; at++) {
            if (text.startsWith("hread", at) || text.startsWith("ynchron", at) || text.startsWith("oncurren", at)) {
                return true;
            }
        }
        return false;
    }
}
