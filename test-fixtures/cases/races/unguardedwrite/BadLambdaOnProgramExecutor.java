package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * A lambda handed to the program's own executor interface (it extends {@code Executor}) runs on the
 * executor's thread, like an anonymous Runnable would: it changes the queue while client threads poll
 * it (cassandra's ExecutorPlus, netty's EventExecutor, races review).
 */
public class BadLambdaOnProgramExecutor {

    /** The program's executor interface. */
    public interface Stage extends Executor {
        boolean onStage();
    }

    private final Stage stage;
    private final Queue<Object> pending = new ArrayDeque<>();

    public BadLambdaOnProgramExecutor(Stage stage) {
        this.stage = stage;
    }

    public Object next() {
        return pending.poll();
    }

    public void offer(Object o) {
        stage.execute(() -> pending.add(o)); // expect: UnguardedWrite['`pending.add()` changes `pending` without a lock, by a task that runs on another thread']
    }
}
