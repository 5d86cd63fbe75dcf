package races.guardedbyviolation;

import java.util.concurrent.Executor;
import net.jcip.annotations.GuardedBy;

/** The task runs on another thread, but it takes the outer object's monitor (Outer.this) before touching the "this"-guarded count. */
public class GoodOuterThisInTask {
    private final Executor executor;

    @GuardedBy("this")
    private long completed;

    public GoodOuterThisInTask(Executor executor) {
        this.executor = executor;
    }

    public void submit(Runnable work) {
        executor.execute(new Runnable() {
            @Override
            public void run() {
                work.run();
                synchronized (GoodOuterThisInTask.this) {
                    completed++;
                }
            }
        });
    }

    public synchronized long completed() {
        return completed;
    }
}
