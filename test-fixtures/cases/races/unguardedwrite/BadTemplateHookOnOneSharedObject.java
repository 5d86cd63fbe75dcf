package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Two threads run one shared step through its base class's template method, which calls the step's
 * hook on the same object: the hook's count and list are changed by both threads at once.
 */
public class BadTemplateHookOnOneSharedObject {

    abstract static class Step {
        public final void run() {
            doStep();
        }

        protected abstract void doStep();
    }

    static final class CollectingStep extends Step {
        private final List<String> seen = new ArrayList<>();
        private int count;

        @Override
        protected void doStep() {
            count++; // expect: UnguardedWrite['`count` is updated without a lock, by tasks that run on other threads, all on one object']
            seen.add("step " + count); // expect: UnguardedWrite['`seen.add()` changes `seen` without a lock, by tasks that run on other threads, all on one object']
        }
    }

    private static final Step SHARED = new CollectingStep();

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> SHARED.run());
        Thread b = new Thread(() -> SHARED.run());
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
