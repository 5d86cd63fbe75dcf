// EXPECT: notify-instead-of-notifyall @ line 42
package probe7c; /**
 * A bounded buffer of pending orders built on intrinsic wait/notify, as in
 * an introductory concurrency course. One producer fills it, several
 * consumers drain it.
 */
public class OrderSlotBuffer<T> {

    private final Object[] items;
    private int count;
    private int putIndex;
    private int takeIndex;

    public OrderSlotBuffer(int capacity) {
        items = new Object[capacity];
    }

    public synchronized void put(T item) throws InterruptedException {
        while (count == items.length) {
            wait();
        }
        items[putIndex] = item;
        putIndex = (putIndex + 1) % items.length;
        count++;
        signalChange();
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
        signalChange();
        return item;
    }

    private synchronized void signalChange() {
        notify(); // BUG: producers (waiting for "not full") and consumers (waiting for "not empty") share one wait set; after a take() notify can wake the other waiting consumer instead of the waiting producer, that consumer re-waits, the wake-up is lost and the producer and both consumers wait forever
    }

    public static void main(String[] args) throws InterruptedException {
        final int perConsumer = 100_000;
        OrderSlotBuffer<Integer> buffer = new OrderSlotBuffer<>(1);

        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 2 * perConsumer; i++) {
                    buffer.put(i);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "producer");

        Thread[] consumers = new Thread[2];
        for (int c = 0; c < consumers.length; c++) {
            consumers[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < perConsumer; i++) {
                        buffer.take();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "consumer-" + c);
        }

        producer.start();
        for (Thread c : consumers) {
            c.start();
        }
        producer.join();
        for (Thread c : consumers) {
            c.join();
        }
        System.out.println("all orders processed");
    }
}
