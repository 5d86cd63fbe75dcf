package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * The look-alike of BadLambdaOnProgramExecutor whose task and clients take the queue's lock.
 */
public class GoodLambdaOnProgramExecutorUnderLock {

    /** The program's executor interface. */
    public interface Stage extends Executor {
        boolean onStage();
    }

    private final Stage stage;
    private final Queue<Object> pending = new ArrayDeque<>();

    public GoodLambdaOnProgramExecutorUnderLock(Stage stage) {
        this.stage = stage;
    }

    public Object next() {
        synchronized (pending) {
            return pending.poll();
        }
    }

    public void offer(Object o) {
        stage.execute(() -> {
            synchronized (pending) {
                pending.add(o);
            }
        });
    }
}
