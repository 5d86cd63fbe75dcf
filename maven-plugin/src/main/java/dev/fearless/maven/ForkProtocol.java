package dev.fearless.maven;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The lines a forked scan writes on its standard output for the goal: one message per line, tagged with
 * what it is ({@link Kind}), with line breaks escaped. Any other line on the child's output (a JVM
 * warning, a stack trace) is not a message and is passed on to the build log as it is.
 */
final class ForkProtocol {

    /** What a line says. */
    enum Kind {
        /** The child JVM is up and runs the scan: sent first, before anything can fail. */
        STARTED,
        DEBUG,
        INFO,
        WARN,
        ERROR,
        /** Why the build fails on the findings (exit code 1). */
        FAILURE,
        /** Why the scan could not run (exit code 2 for the configuration or input, 3 for a bug). */
        ABORT
    }

    /** A decoded line. */
    record Message(Kind kind, String text) {
    }

    private static final String PREFIX = "#fearless:";

    private ForkProtocol() {
    }

    static String encode(Kind kind, String text) {
        StringBuilder line = new StringBuilder(PREFIX).append(kind.name().toLowerCase(Locale.ROOT)).append(' ');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return line.toString();
    }

    /** The message a line carries; empty for a line that is not one. */
    static Optional<Message> decode(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int space = line.indexOf(' ', PREFIX.length());
        if (space < 0) {
            return Optional.empty();
        }
        Kind kind;
        try {
            kind = Kind.valueOf(line.substring(PREFIX.length(), space).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (int i = space + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                text.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                text.append(c);
            }
        }
        return Optional.of(new Message(kind, text.toString()));
    }

    /** A build log that writes the protocol's lines to a stream (in the child JVM). */
    static BuildLog writer(PrintStream out, boolean debug) {
        return new BuildLog() {
            @Override
            public boolean isDebugEnabled() {
                return debug;
            }

            @Override
            public void debug(String message) {
                if (debug) {
                    send(out, Kind.DEBUG, message);
                }
            }

            @Override
            public void info(String message) {
                send(out, Kind.INFO, message);
            }

            @Override
            public void warn(String message) {
                send(out, Kind.WARN, message);
            }

            @Override
            public void error(String message) {
                send(out, Kind.ERROR, message);
            }
        };
    }

    static void send(PrintStream out, Kind kind, String text) {
        out.println(encode(kind, text));
        out.flush();
    }
}
