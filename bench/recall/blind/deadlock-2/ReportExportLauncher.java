// EXPECT: dropped-future-unchecked-exception @ line 36
package probe2.dl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fire-and-forget CSV export of finished reports. The UI polls the output
 * directory for the resulting files.
 */
public class ReportExportLauncher {
    private final ExecutorService exportPool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "report-export");
        t.setDaemon(true);
        return t;
    });
    private final Path outputDir;
    private final AtomicInteger launched = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();

    public ReportExportLauncher(Path outputDir) {
        this.outputDir = outputDir;
    }

    public void launch(String reportId, List<String> rows) {
        launched.incrementAndGet();
        exportPool.submit(() -> writeCsv(reportId, rows)); // BUG: returned Future is dropped; the UncheckedIOException from writeCsv is captured in it and never observed, so failed exports vanish silently
    }

    private void writeCsv(String reportId, List<String> rows) {
        Path target = outputDir.resolve(reportId + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("# report " + reportId);
            w.newLine();
            for (String row : rows) {
                w.write(row);
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("export of " + reportId + " failed", e);
        }
        completed.incrementAndGet();
    }

    public int pending() {
        return launched.get() - completed.get();
    }

    public void shutdown() throws InterruptedException {
        exportPool.shutdown();
        if (!exportPool.awaitTermination(30, TimeUnit.SECONDS)) {
            exportPool.shutdownNow();
        }
    }
}
