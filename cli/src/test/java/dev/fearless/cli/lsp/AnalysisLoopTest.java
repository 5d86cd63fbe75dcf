package dev.fearless.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The analysis loop coalesces changes: a burst costs one analysis, and changes during one go to the next. */
@Timeout(60)
class AnalysisLoopTest {

    private static final Path A = Path.of("/w/A.java");
    private static final Path B = Path.of("/w/B.java");
    private static final Path C = Path.of("/w/C.java");

    @Test
    void burstOfChanges_isAnalysedOnce_withEveryChangedFile() throws InterruptedException {
        BlockingQueue<Set<Path>> analysed = new LinkedBlockingQueue<>();
        // A long debounce: the three changes below come well within it.
        AnalysisLoop loop = new AnalysisLoop(1_000, analysed::add, e -> { });
        try {
            loop.changed(A);
            loop.changed(B);
            loop.changed(A);
            loop.changed(C);
            assertEquals(Set.of(A, B, C), analysed.poll(30, TimeUnit.SECONDS));
            assertEquals(null, analysed.poll(1_500, TimeUnit.MILLISECONDS), "one analysis only");
        } finally {
            loop.shutdown();
        }
    }

    @Test
    void changesDuringAnAnalysis_goToTheNextOne() throws InterruptedException {
        BlockingQueue<Set<Path>> analysed = new LinkedBlockingQueue<>();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AnalysisLoop loop = new AnalysisLoop(0, files -> {
            analysed.add(files);
            running.countDown();
            await(release);
        }, e -> { });
        try {
            loop.changed(A);
            assertTrue(running.await(30, TimeUnit.SECONDS));
            loop.changed(B);
            loop.changed(C);
            release.countDown();
            assertEquals(Set.of(A), analysed.poll(30, TimeUnit.SECONDS));
            assertEquals(Set.of(B, C), analysed.poll(30, TimeUnit.SECONDS));
        } finally {
            loop.shutdown();
        }
    }

    @Test
    void failingAnalysis_isReported_andTheLoopGoesOn() throws InterruptedException {
        BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();
        BlockingQueue<Set<Path>> analysed = new LinkedBlockingQueue<>();
        AnalysisLoop loop = new AnalysisLoop(0, files -> {
            if (files.contains(A)) {
                throw new IllegalStateException("boom");
            }
            analysed.add(files);
        }, failures::add);
        try {
            loop.changed(A);
            assertEquals("boom", failures.poll(30, TimeUnit.SECONDS).getMessage());
            loop.changed(B);
            assertEquals(Set.of(B), analysed.poll(30, TimeUnit.SECONDS));
        } finally {
            loop.shutdown();
        }
    }

    @Test
    void afterShutdown_nothingRuns() throws InterruptedException {
        BlockingQueue<Set<Path>> analysed = new LinkedBlockingQueue<>();
        AnalysisLoop loop = new AnalysisLoop(200, analysed::add, e -> { });
        loop.changed(A);
        loop.shutdown();
        assertEquals(null, analysed.poll(600, TimeUnit.MILLISECONDS));
        assertEquals(List.of(), List.copyOf(analysed));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
