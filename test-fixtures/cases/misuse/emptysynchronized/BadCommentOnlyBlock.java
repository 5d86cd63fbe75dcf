package misuse.emptysynchronized;

import java.util.concurrent.atomic.AtomicInteger;

/** Connection tracker with a synchronized block holding only a comment: the code the author meant to guard was never written inside it. */
public class BadCommentOnlyBlock {
    private final AtomicInteger open = new AtomicInteger();

    public void opened() {
        synchronized (this) { // expect: EmptySynchronized
            // keep the count consistent with the pool
        }
        open.incrementAndGet();
    }

    public int open() {
        return open.get();
    }
}
