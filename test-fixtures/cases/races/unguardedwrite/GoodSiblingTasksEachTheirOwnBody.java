package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Two kinds of task share a base class and its field. A one-shot task clears its body once it has run, on
 * a pool thread; a described task only reports its body to clients. The clearing writes the field of a
 * one-shot task, the description reads that of a described one: no object is both, so the write and the
 * read never meet (netty's ScheduledFutureTask clearing PromiseTask.task, read by a sibling subclass).
 */
public class GoodSiblingTasksEachTheirOwnBody {

    abstract static class Task {
        protected Runnable body;

        Task(Runnable body) {
            this.body = body;
        }
    }

    static final class OneShot extends Task {
        OneShot(Runnable body) {
            super(body);
        }

        void runOnce() {
            Runnable b = body;
            body = null;
            if (b != null) {
                b.run();
            }
        }
    }

    public static final class Described extends Task {
        public Described(Runnable body) {
            super(body);
        }

        public String describe() {
            return "task " + body;
        }
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    public void submit(Runnable r) {
        OneShot t = new OneShot(r);
        pool.execute(t::runOnce);
    }
}
