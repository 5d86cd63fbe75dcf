// EXPECT: none
package probe4.safe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

// Batch uploader: submits upload jobs, keeps every Future and checks each outcome.
// OK: every submitted Future is retained and get() is called (failures surface); InterruptedException is never swallowed -- the interrupt flag is restored
public class InterruptRestoringJobRunner {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    static String upload(String file) throws InterruptedException {
        if (file.endsWith(".bad")) {
            throw new IllegalArgumentException("corrupt file " + file);
        }
        TimeUnit.MILLISECONDS.sleep(file.endsWith(".huge") ? 5_000 : 5);
        return file + ":ok";
    }

    public List<String> uploadAll(List<String> files, long timeoutMillis) {
        List<Future<String>> futures = new ArrayList<>();
        for (String f : files) {
            futures.add(pool.submit(() -> upload(f)));
        }
        List<String> outcomes = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        for (int i = 0; i < futures.size(); i++) {
            Future<String> fut = futures.get(i);
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                outcomes.add(fut.get(left, TimeUnit.NANOSECONDS));
            } catch (ExecutionException e) {
                outcomes.add(files.get(i) + ":failed(" + e.getCause().getMessage() + ")");
            } catch (TimeoutException e) {
                fut.cancel(true);
                outcomes.add(files.get(i) + ":timeout");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.subList(i, futures.size()).forEach(f -> f.cancel(true));
                outcomes.add(files.get(i) + ":interrupted");
                break;
            }
        }
        return outcomes;
    }

    public void shutdown() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                System.err.println("uploader pool did not terminate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        InterruptRestoringJobRunner runner = new InterruptRestoringJobRunner();
        List<String> files = List.of("a.csv", "b.csv", "c.bad", "d.huge", "e.csv");
        Thread batch = new Thread(() -> {
            for (String outcome : runner.uploadAll(files, 300)) {
                System.out.println(outcome);
            }
            System.out.println("interrupted flag=" + Thread.currentThread().isInterrupted());
        }, "batch");
        batch.start();
        batch.join();
        runner.shutdown();
    }
}
