// EXPECT: wait-not-in-loop @ line 16
package recall;

import java.util.LinkedList;

public class WaitNotInLoop<T> {
    private final LinkedList<T> items = new LinkedList<>();

    public synchronized void put(T item) {
        items.addLast(item);
        notifyAll();
    }

    public synchronized T take() throws InterruptedException {
        if (items.isEmpty()) {
            wait();
        }
        return items.removeFirst();
    }
}
