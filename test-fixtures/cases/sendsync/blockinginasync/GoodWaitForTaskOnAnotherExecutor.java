package sendsync.blockinginasync;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The same renderer, but the header goes to a pool of its own: the renderer's thread waits for a task
 * another thread runs, and the caller waits for the renderer from outside its executor.
 */
public class GoodWaitForTaskOnAnotherExecutor {

    private final ExecutorService renderer = Executors.newSingleThreadExecutor();
    private final ExecutorService fragments = Executors.newSingleThreadExecutor();

    public Future<String> renderPage() {
        return renderer.submit(() -> {
            Future<String> header = fragments.submit(() -> "<h1>header</h1>");
            return header.get() + "<p>body</p>";
        });
    }

    public String renderNow() throws InterruptedException, ExecutionException {
        Future<String> page = renderer.submit(() -> "<p>body</p>");
        return page.get();
    }

    public void shutdown() {
        renderer.shutdown();
        fragments.shutdown();
    }
}
