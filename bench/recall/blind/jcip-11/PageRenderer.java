// EXPECT: thread-starvation-deadlock @ line 48
package probe11a; import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders CMS pages off the request thread. All rendering work goes through a single
 * background thread so that the template engine (which is not thread-safe) is only ever
 * used by one thread.
 */
public class PageRenderer {

    private final ExecutorService renderThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "page-render");
        t.setDaemon(true);
        return t;
    });
    private final StringBuilder templateScratch = new StringBuilder();

    public Future<String> render(String pageId, String body) {
        return renderThread.submit(new RenderPageTask(pageId, body));
    }

    private String loadFragment(String name, String pageId) {
        templateScratch.setLength(0);
        templateScratch.append("<").append(name).append(" data-page=\"").append(pageId).append("\"/>");
        return templateScratch.toString();
    }

    private final class RenderPageTask implements Callable<String> {
        private final String pageId;
        private final String body;

        RenderPageTask(String pageId, String body) {
            this.pageId = pageId;
            this.body = body;
        }

        @Override
        public String call() throws Exception {
            Future<String> header = renderThread.submit(() -> loadFragment("header", pageId));
            Future<String> footer = renderThread.submit(() -> loadFragment("footer", pageId));
            String main = "<main>" + body + "</main>";
            return header.get() + main + footer.get(); // BUG: waits for tasks queued on the same single-thread executor it is running on; they can never start (thread-starvation deadlock)
        }
    }

    public void shutdown() {
        renderThread.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        PageRenderer renderer = new PageRenderer();
        Future<String> page = renderer.render("about-us", "We sell widgets.");
        try {
            System.out.println(page.get(2, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            System.err.println("render timed out: render thread is stuck");
        } catch (ExecutionException e) {
            System.err.println("render failed: " + e.getCause());
        } finally {
            renderer.shutdown();
        }
    }
}
