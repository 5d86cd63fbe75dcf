package sendsync.blockinginasync;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Look-alikes of the starvation deadlock that cannot starve: the rendering task is handed to a pool of
 * its own, so its fragments get the single-thread executor to themselves; and a task that waits for a
 * pool of several threads leaves others free to run what it waits for.
 */
public class GoodTaskClassRunOnAnotherPool {

    private final ExecutorService fragments = Executors.newSingleThreadExecutor();
    private final ExecutorService pages = Executors.newFixedThreadPool(4);

    public Future<String> render() {
        return pages.submit(new RenderPageTask());
    }

    public class RenderPageTask implements Callable<String> {
        @Override
        public String call() throws Exception {
            Future<String> header = fragments.submit(() -> "<h1>header</h1>");
            return header.get() + "<p>body</p>";
        }
    }

    public class SummaryTask implements Callable<String> {
        @Override
        public String call() throws Exception {
            Future<String> part = pages.submit(() -> "<p>part</p>");
            return part.get();
        }
    }
}
