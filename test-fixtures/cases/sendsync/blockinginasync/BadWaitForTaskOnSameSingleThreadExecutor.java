package sendsync.blockinginasync;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A page renderer runs on a single-thread executor and, inside its task, submits the header to the same
 * executor and waits for it: the one thread is busy waiting, so the header never runs (Java Concurrency
 * in Practice, listing 8.1).
 */
public class BadWaitForTaskOnSameSingleThreadExecutor {

    private final ExecutorService exec = Executors.newSingleThreadExecutor();

    public Future<String> renderPage() {
        return exec.submit(new Callable<String>() {
            @Override
            public String call() throws InterruptedException, ExecutionException {
                Future<String> header = exec.submit(() -> "<h1>header</h1>");
                String body = "<p>body</p>";
                return header.get() + body; // expect: BlockingInAsync['`header.get()` waits, on the single-thread executor `exec`'], BlockingInAsync['thread-starvation deadlock']
            }
        });
    }

    public void shutdown() {
        exec.shutdown();
    }
}
