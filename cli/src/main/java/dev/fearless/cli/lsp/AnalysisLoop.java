package dev.fearless.cli.lsp;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The server's one analysis thread. Workspaces are used on it alone, one task at a time. Changed files
 * are collected and analysed together once no change has come for the debounce delay, so a burst of
 * keystrokes costs one analysis; changes that come while an analysis runs are taken by the next one.
 */
final class AnalysisLoop {

    /** Large, as the extraction workers': deep call chains and nesting are summarized and checked here. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final ScheduledThreadPoolExecutor executor;
    private final long debounceMillis;
    private final Consumer<Set<Path>> analysis;
    private final Consumer<Throwable> failure;
    private final Set<Path> pending = ConcurrentHashMap.newKeySet();
    /** Bumped by every change: a scheduled analysis runs only if no change came after the one that scheduled it. */
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean stopped;
    /** The analysis scheduled last; failures are handled inside it ({@link #guarded}). */
    private final AtomicReference<ScheduledFuture<?>> next = new AtomicReference<>();

    /**
     * @param analysis analyses the files changed since the last time, on the loop's thread
     * @param failure  told of an exception a task threw; the loop goes on
     */
    AnalysisLoop(long debounceMillis, Consumer<Set<Path>> analysis, Consumer<Throwable> failure) {
        this.debounceMillis = debounceMillis;
        this.analysis = analysis;
        this.failure = failure;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(null, r, "fearless-lsp-analysis", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs a task on the loop's thread, after those already queued. */
    void submit(Runnable task) {
        executor.execute(() -> guarded(task));
    }

    /** {@code file} changed: it is analysed with the others changed meanwhile, after the debounce delay. */
    void changed(Path file) {
        pending.add(file);
        long mine = generation.incrementAndGet();
        ScheduledFuture<?> previous = next.getAndSet(executor.schedule(() -> guarded(() -> {
            if (generation.get() == mine) {
                analysis.accept(drain());
            }
        }), debounceMillis, TimeUnit.MILLISECONDS));
        if (previous != null) {
            // Superseded: the newer analysis takes its files. One that already started sees the newer generation.
            previous.cancel(false);
        }
    }

    /**
     * Runs nothing more: tasks still queued are dropped, and a running one is left to end (not
     * interrupted: it may be writing to the client).
     */
    void shutdown() {
        stopped = true;
        executor.shutdown();
    }

    private Set<Path> drain() {
        Set<Path> files = new TreeSet<>();
        for (Iterator<Path> it = pending.iterator(); it.hasNext(); ) {
            files.add(it.next());
            it.remove();
        }
        return files;
    }

    private void guarded(Runnable task) {
        if (stopped) {
            return;
        }
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            // Reported rather than lost in the executor: the server goes on with the next change.
            failure.accept(e);
        }
    }
}
