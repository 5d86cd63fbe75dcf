// EXPECT: notify-multiple-conditions @ line 39
package probe.dl;

/** Bounded hand-off between order-intake threads and packing-station workers. */
public class PackingStationQueue {

    private final String[] slots;
    private int head;
    private int tail;
    private int count;

    public PackingStationQueue(int capacity) {
        this.slots = new String[capacity];
    }

    public synchronized void put(String orderId) throws InterruptedException {
        while (count == slots.length) {
            wait();
        }
        slots[tail] = orderId;
        tail = (tail + 1) % slots.length;
        count++;
        wakeWaiters();
    }

    public synchronized String take() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        String orderId = slots[head];
        slots[head] = null;
        head = (head + 1) % slots.length;
        count--;
        wakeWaiters();
        return orderId;
    }

    private synchronized void wakeWaiters() {
        notify(); // BUG: producers (not full) and consumers (not empty) wait on this one monitor; notify() can wake the wrong kind and the signal is lost
    }

    public static void main(String[] args) throws InterruptedException {
        PackingStationQueue queue = new PackingStationQueue(1);
        Thread[] threads = new Thread[4];
        for (int i = 0; i < 2; i++) {
            final int intake = i;
            threads[i] = new Thread(() -> {
                try {
                    for (int n = 0; n < 10_000; n++) {
                        queue.put("order-" + intake + "-" + n);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "intake-" + i);
            threads[i + 2] = new Thread(() -> {
                try {
                    for (int n = 0; n < 10_000; n++) {
                        queue.take();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "packer-" + i);
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("all orders packed");
    }
}
