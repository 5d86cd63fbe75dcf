package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The status-bar history handed a pool of two threads: two appends run at once on the plain deque.
 */
public class BadDispatchExecutorHandedInPooled {
    private final ExecutorService dispatch;
    private final Deque<String> messages = new ArrayDeque<>();
    private int sinceRender;

    public BadDispatchExecutorHandedInPooled(ExecutorService dispatch) {
        this.dispatch = dispatch;
    }

    public void post(String message) {
        dispatch.execute(() -> append(message));
    }

    private void append(String message) {
        messages.addLast(message); // expect: UnguardedWrite['`messages.addLast()` changes `messages` without a lock']
        if (++sinceRender >= 25) { // expect: UnguardedWrite['`sinceRender` is updated without a lock']
            sinceRender = 0; // expect: UnguardedWrite['`sinceRender` is written without a lock']
            System.out.println(messages.size() + " messages, last " + messages.peekLast());
        }
    }

    public static void main(String[] args) {
        ExecutorService dispatch = Executors.newFixedThreadPool(2);
        BadDispatchExecutorHandedInPooled log = new BadDispatchExecutorHandedInPooled(dispatch);
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
