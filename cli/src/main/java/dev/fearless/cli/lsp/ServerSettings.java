package dev.fearless.cli.lsp;

import java.nio.file.Path;

/**
 * How the language server runs, from its command line.
 *
 * @param threads        worker threads, or {@code null} for the configuration's or the number of cores
 * @param cacheDirectory where facts of files read from the disk are kept between sessions, or {@code null}
 * @param debounceMillis how long no change must come before changed files are analysed
 */
public record ServerSettings(Integer threads, Path cacheDirectory, long debounceMillis) {

    /** Long enough to wait out a burst of keystrokes, short next to the analysis of a large program. */
    public static final long DEFAULT_DEBOUNCE_MILLIS = 100;

    public ServerSettings {
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (debounceMillis < 0) {
            throw new IllegalArgumentException("the debounce delay cannot be negative, was " + debounceMillis);
        }
    }
}
