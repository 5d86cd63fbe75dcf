package dev.fearless.cli;

import dev.fearless.engine.Progress;
import java.io.PrintWriter;

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
}
