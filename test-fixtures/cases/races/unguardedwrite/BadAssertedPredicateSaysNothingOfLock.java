package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * The same deleter, whose {@code revisit} asserts a predicate that only checks the writer is attached:
 * it says nothing of the lock, and a caller without the writer's monitor changes the list while another
 * thread adds to it.
 */
public class BadAssertedPredicateSaysNothingOfLock {

    public static final class Deleter {
        private final Object writer;
        private final List<String> commits = new ArrayList<>();

        Deleter(Object writer) {
            this.writer = writer;
        }

        private boolean attached() {
            return writer != null;
        }

        void checkpoint(String commit) {
            assert Thread.holdsLock(writer);
            commits.add(commit);
            if (commits.size() > 10) {
                commits.remove(0);
            }
        }

        void revisit() {
            assert attached();
            if (!commits.isEmpty()) {
                commits.set(0, "revisited"); // expect: UnguardedWrite['`commits.set()` changes `commits` without `writer`'], UnguardedWrite['nothing in the program calls the methods of `Writer` that lead to `Deleter.revisit` and `Deleter.checkpoint`']
            }
        }
    }

    public static final class Writer {
        private final Deleter deleter = new Deleter(this);

        public void commit(String name) {
            deleter.checkpoint(name);
        }

        public synchronized void deleteUnused() {
            deleter.revisit();
        }
    }
}
