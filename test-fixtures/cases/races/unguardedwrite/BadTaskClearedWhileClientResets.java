package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Look-alike of {@code BadTaskClearedInBenignRaceNote} without the comment: nothing says the race is weighed,
 * so the task's write stays a warning.
 */
public class BadTaskClearedWhileClientResets {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    private Runnable task = () -> { };

    public void submit() {
        POOL.execute(() -> {
            task.run();
            task = null; // expect: UnguardedWrite['`task` is written without a lock, by a task']
        });
    }

    public void reset(Runnable next) {
        task = next;
    }

    public static void main(String[] args) {
        BadTaskClearedWhileClientResets t = new BadTaskClearedWhileClientResets();
        t.submit();
        t.reset(() -> System.out.println("next"));
    }
}
