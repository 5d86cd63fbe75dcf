// EXPECT: notify-not-notifyall @ line 27
// EXPECT: notify-not-notifyall @ line 39
package recall2;

/**
 * Fixed-capacity ring buffer between producer and consumer threads, using the buffer's own
 * monitor for both "not full" and "not empty" conditions.
 */
public class BoundedBuffer<T> {

    private final Object[] items;
    private int putIndex;
    private int takeIndex;
    private int count;

    public BoundedBuffer(int capacity) {
        items = new Object[capacity];
    }

    public synchronized void put(T item) throws InterruptedException {
        while (count == items.length) {
            wait();
        }
        items[putIndex] = item;
        putIndex = (putIndex + 1) % items.length;
        count++;
        notify();
    }

    @SuppressWarnings("unchecked")
    public synchronized T take() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        T item = (T) items[takeIndex];
        items[takeIndex] = null;
        takeIndex = (takeIndex + 1) % items.length;
        count--;
        notify();
        return item;
    }

    public synchronized int size() {
        return count;
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            final boolean producer = t % 2 == 0;
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 100_000; i++) {
                        if (producer) {
                            buffer.put(i);
                        } else {
                            buffer.take();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
