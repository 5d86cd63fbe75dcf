package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A status-bar history whose appends run on the dispatch executor it is handed: any thread may post, and
 * the only construction in the program hands it a single-thread executor, so the history is used by that
 * one thread only.
 */
public class GoodDispatchExecutorHandedInSingleThreaded {
    private final ExecutorService dispatch;
    private final Deque<String> messages = new ArrayDeque<>();
    private int sinceRender;

    public GoodDispatchExecutorHandedInSingleThreaded(ExecutorService dispatch) {
        this.dispatch = dispatch;
    }

    public void post(String message) {
        dispatch.execute(() -> append(message));
    }

    private void append(String message) {
        messages.addLast(message);
        if (++sinceRender >= 25) {
            sinceRender = 0;
            System.out.println(messages.size() + " messages, last " + messages.peekLast());
        }
    }

    public static void main(String[] args) {
        ExecutorService dispatch = Executors.newSingleThreadExecutor();
        GoodDispatchExecutorHandedInSingleThreaded log = new GoodDispatchExecutorHandedInSingleThreaded(dispatch);
        ExecutorService jobs = Executors.newFixedThreadPool(3);
        for (String job : new String[] {"upload", "backup", "updates"}) {
            jobs.execute(() -> {
                for (int i = 0; i < 100; i++) {
                    log.post(job + " step " + i);
                }
            });
        }
        jobs.shutdown();
    }
}
