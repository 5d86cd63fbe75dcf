package races.unguardedread;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * As GoodReadAfterLockedInitThroughHelper, but the locked check only logs a missing pool and another
 * method makes it: a thread that saw null under the monitor goes on to read the field without it, and may
 * see the pool another thread is making half built.
 */
public class BadReadAfterLockedCheckWithoutInit {
    private Deque<String> pool;

    public String borrow() {
        synchronized (this) {
            if (pool == null) {
                System.out.println("no pool yet");
            }
        }
        return pool.peekFirst(); // expect: UnguardedRead['`pool` is read without `this`']
    }

    public void open(String name) {
        synchronized (this) {
            if (pool == null) {
                register(name);
            }
        }
    }

    private void register(String name) {
        Deque<String> made = new ArrayDeque<>();
        made.add(name);
        pool = made;
    }
}
