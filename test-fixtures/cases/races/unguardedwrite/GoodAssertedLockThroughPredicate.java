package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * A deleter whose methods all run under its writer's monitor, which each states with {@code assert
 * locked();}: a private predicate that returns {@code writer == null || Thread.holdsLock(writer)}. The
 * assertion says the code after it runs with the writer's monitor held, as {@code assert
 * Thread.holdsLock(writer)} written out would (lucene's IndexFileDeleter.revisitPolicy).
 */
public class GoodAssertedLockThroughPredicate {

    public static final class Deleter {
        private final Object writer;
        private final List<String> commits = new ArrayList<>();

        Deleter(Object writer) {
            this.writer = writer;
        }

        // called only from assert
        private boolean locked() {
            return writer == null || Thread.holdsLock(writer);
        }

        void checkpoint(String commit) {
            assert Thread.holdsLock(writer);
            commits.add(commit);
            if (commits.size() > 10) {
                commits.remove(0);
            }
        }

        void revisit() {
            assert locked();
            if (!commits.isEmpty()) {
                commits.set(0, "revisited");
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
