package sendsync.blockinginasync;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * JCIP's thread-starvation deadlock (listing 8.1): a page-rendering task written for the class's
 * single-thread executor submits its fragments to that executor and waits for them. Handed to it, the
 * task holds the one thread the fragments need.
 */
public class BadTaskClassWaitsForItsOwnSingleThreadExecutor {

    private final ExecutorService exec = Executors.newSingleThreadExecutor();

    public class LoadFileTask implements Callable<String> {
        private final String fileName;

        public LoadFileTask(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public String call() {
            return "<!-- " + fileName + " -->";
        }
    }

    public class RenderPageTask implements Callable<String> {
        @Override
        public String call() throws Exception {
            Future<String> header = exec.submit(new LoadFileTask("header.html"));
            Future<String> footer = exec.submit(new LoadFileTask("footer.html"));
            String page = "<p>body</p>";
            return header.get() + page + footer.get(); // expect: BlockingInAsync['`header.get()` waits, in the task `RenderPageTask`, for a task handed to the single-thread executor `exec`'], BlockingInAsync['`footer.get()` waits, in the task `RenderPageTask`']
        }
    }
}
