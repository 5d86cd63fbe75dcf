package races.unguardedwrite;

import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * One handler object, reached through {@code getInstance()}, serves every request a pool task handles:
 * {@code handle} keeps the request's customer in a field, so two tasks handling at once overwrite each
 * other's customer (a servlet keeping request state in a field).
 */
public class BadSingletonHandlerCalledByPoolTasks {
    private static final BadSingletonHandlerCalledByPoolTasks INSTANCE = new BadSingletonHandlerCalledByPoolTasks();

    private String customer;

    public static BadSingletonHandlerCalledByPoolTasks getInstance() {
        return INSTANCE;
    }

    public String handle(String who) {
        customer = who; // expect: UnguardedWrite['`customer` is written without a lock, by tasks that run on other threads, all on one object']
        return "hello " + customer;
    }

    public static void serve(ExecutorService pool, List<String> requests) {
        for (String r : requests) {
            pool.execute(() -> getInstance().handle(r));
        }
    }
}
