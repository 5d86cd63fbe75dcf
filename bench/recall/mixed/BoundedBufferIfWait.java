// EXPECT: wait-not-in-loop @ line 22
// EXPECT: wait-not-in-loop @ line 32
package recall3;

/**
 * Circular bounded buffer used by three producers and three consumers. The guards are
 * checked with "if" instead of "while": after notifyAll several consumers wake up, and all
 * but the first one proceed on an empty buffer (and producers overwrite unread slots).
 */
public class BoundedBufferIfWait {
    private final int[] items;
    private int head;
    private int tail;
    private int count;

    BoundedBufferIfWait(int capacity) {
        items = new int[capacity];
    }

    public synchronized void put(int value) throws InterruptedException {
        if (count == items.length) {
            wait();
        }
        items[tail] = value;
        tail = (tail + 1) % items.length;
        count++;
        notifyAll();
    }

    public synchronized int take() throws InterruptedException {
        if (count == 0) {
            wait();
        }
        int value = items[head];
        head = (head + 1) % items.length;
        count--;
        notifyAll();
        return value;
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedBufferIfWait buffer = new BoundedBufferIfWait(2);
        Thread[] threads = new Thread[6];
        for (int i = 0; i < 3; i++) {
            final int base = i * 1_000;
            threads[i] = new Thread(() -> {
                try {
                    for (int k = 0; k < 1_000; k++) {
                        buffer.put(base + k);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "producer-" + i);
            threads[i + 3] = new Thread(() -> {
                try {
                    long sum = 0;
                    for (int k = 0; k < 1_000; k++) {
                        sum += buffer.take();
                    }
                    System.out.println(Thread.currentThread().getName() + " sum=" + sum);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "consumer-" + i);
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
