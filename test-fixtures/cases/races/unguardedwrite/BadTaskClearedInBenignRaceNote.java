package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A task clears the callable it ran while a client may hand it a new one; the comment right above
 * the write says the race is benign (netty's {@code PromiseTask.clearTaskAfterCompletion}), so it is a
 * note that says so.
 */
public class BadTaskClearedInBenignRaceNote {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    private Runnable task = () -> { };

    public void submit() {
        POOL.execute(() -> {
            task.run();
            // it's a benign race with cancellation and the (null) value is not used again
            task = null; // expect: UnguardedWrite['a comment at this line says the race is deliberate']
        });
    }

    public void reset(Runnable next) {
        task = next;
    }

    public static void main(String[] args) {
        BadTaskClearedInBenignRaceNote t = new BadTaskClearedInBenignRaceNote();
        t.submit();
        t.reset(() -> System.out.println("next"));
    }
}
