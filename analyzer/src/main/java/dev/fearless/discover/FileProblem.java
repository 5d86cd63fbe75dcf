package dev.fearless.discover;

import dev.fearless.facts.Position;

/**
 * A file that could not be analysed (or only partly), and why. Reported in text and SARIF
 * ({@code toolExecutionNotifications}); the run goes on without it.
 */
public record FileProblem(String path, Kind kind, String message, Position pos) {

    /** Kinds of problem. */
    public enum Kind {
        /** The file or folder could not be read. */
        UNREADABLE,
        /** The file is not valid Java as far as the parser can tell. */
        PARSE_ERROR,
        /** The file is too deeply nested, too large or too slow to analyse. */
        TOO_COMPLEX,
        /** The analyzer failed on this file; a bug in fearless. */
        INTERNAL
    }

    public static FileProblem unreadable(String path, String message) {
        return new FileProblem(path, Kind.UNREADABLE, message, Position.UNKNOWN);
    }

    public static FileProblem parseError(String path, String message, Position pos) {
        return new FileProblem(path, Kind.PARSE_ERROR, message, pos);
    }

    public static FileProblem tooComplex(String path, String message) {
        return new FileProblem(path, Kind.TOO_COMPLEX, message, Position.UNKNOWN);
    }

    public static FileProblem internal(String path, String message) {
        return new FileProblem(path, Kind.INTERNAL, message, Position.UNKNOWN);
    }

    /** One line for the console: {@code path[:line:col]: kind: message}. */
    public String describe() {
        String where = pos.isKnown() ? path + ":" + pos.line() + ":" + pos.column() : path;
        String what = switch (kind) {
            case UNREADABLE -> "cannot read";
            case PARSE_ERROR -> "cannot parse";
            case TOO_COMPLEX -> "skipped";
            case INTERNAL -> "internal error";
        };
        return where + ": " + what + ": " + message;
    }
}
