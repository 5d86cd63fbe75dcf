package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two threads run one shared step through its base class's template method, but the shared step is a
 * counting step with an atomic count: the collecting step's hook, a sibling override, never runs on it.
 * The collecting step is used by the main thread alone.
 */
public class GoodTemplateHookOfSiblingClass {

    abstract static class Step {
        public final void run() {
            doStep();
        }

        protected abstract void doStep();
    }

    static final class CountingStep extends Step {
        private final AtomicInteger runs = new AtomicInteger();

        @Override
        protected void doStep() {
            runs.incrementAndGet();
        }
    }

    static final class CollectingStep extends Step {
        private final List<String> seen = new ArrayList<>();
        private int count;

        @Override
        protected void doStep() {
            count++;
            seen.add("step " + count);
        }
    }

    private static final Step SHARED = new CountingStep();

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> SHARED.run());
        Thread b = new Thread(() -> SHARED.run());
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
