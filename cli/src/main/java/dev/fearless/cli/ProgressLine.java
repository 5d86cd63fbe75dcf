package dev.fearless.cli;

import dev.fearless.engine.Progress;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;

/**
 * A progress line on a terminal for scans that take more than a moment: files parsed out of the total,
 * then the later stages. Rewritten in place; nothing at all when not on a terminal or when quiet.
 */
final class ProgressLine implements Progress {

    private static final long DELAY_NANOS = 2_000_000_000L;
    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private final Object lock = new Object();
    private long lastPrinted;
    private boolean printed;

    ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void filesDone(int done, int total) {
        show("fearless: parsed " + done + "/" + total + " files", done == total);
    }

    @Override
    public void stage(String name) {
        show("fearless: " + name + "...", true);
    }

    /** Clears the line before the report and summary are written. */
    void done() {
        synchronized (lock) {
            if (printed) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }

    private void show(String text, boolean force) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        synchronized (lock) {
            if (now - start < DELAY_NANOS || !force && now - lastPrinted < INTERVAL_NANOS) {
                return;
            }
            lastPrinted = now;
            printed = true;
            err.print("\r\033[K" + text);
            err.flush();
        }
    }

    /**
     * Whether standard output and error are a terminal a progress line can redraw. Up to JDK 21
     * {@code System.console()} is null when they are redirected; from JDK 22 it is never null and
     * {@code Console.isTerminal()} (called by reflection: the code is compiled for 17) says it.
     */
    @SuppressWarnings("SystemConsoleNull") // null up to JDK 21; isTerminal() decides from 22 on
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }
}
