package atomicity.unsafeiteration;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Java Concurrency in Practice's HiddenIterator (listing 5.6): the set is guarded by {@code this}, but
 * the debug message concatenates it, and its toString() walks the elements without the lock.
 */
public class BadHiddenIteratorInLogMessage {
    private final Set<Integer> set = new HashSet<Integer>();

    public synchronized void add(Integer i) {
        set.add(i);
    }

    public synchronized void remove(Integer i) {
        set.remove(i);
    }

    public void addTenThings() {
        Random r = new Random();
        for (int i = 0; i < 10; i++) {
            add(r.nextInt());
        }
        System.out.println("DEBUG: added ten elements to " + set); // expect: UnsafeIteration['`set` is iterated by its toString(), concatenated into a string here, without holding `this`']
    }
}
