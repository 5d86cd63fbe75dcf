// EXPECT: none
package probe4.safe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

// Classic monitor-based bounded buffer used between log shippers and a compressor stage.
// OK: all state is guarded by 'this'; wait() is always inside a while loop re-checking the condition and every state change does notifyAll()
public class WaitNotifyBoundedBuffer<T> {

    private final Object[] items;
    private int head;
    private int tail;
    private int count;

    public WaitNotifyBoundedBuffer(int capacity) {
        this.items = new Object[capacity];
    }

    public synchronized void put(T item) throws InterruptedException {
        while (count == items.length) {
            wait();
        }
        items[tail] = item;
        tail = (tail + 1) % items.length;
        count++;
        notifyAll();
    }

    @SuppressWarnings("unchecked")
    public synchronized T take() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        T item = (T) items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        notifyAll();
        return item;
    }

    public synchronized int size() {
        return count;
    }

    public static void main(String[] args) throws InterruptedException {
        WaitNotifyBoundedBuffer<Long> buffer = new WaitNotifyBoundedBuffer<>(8);
        AtomicLong consumed = new AtomicLong();
        int producers = 3;
        int consumers = 2;
        int perProducer = 10_000;
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            threads.add(new Thread(() -> {
                try {
                    for (long i = 1; i <= perProducer; i++) {
                        buffer.put(i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "shipper-" + p));
        }
        int perConsumer = producers * perProducer / consumers;
        for (int c = 0; c < consumers; c++) {
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < perConsumer; i++) {
                        consumed.addAndGet(buffer.take());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "compressor-" + c));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        long expected = (long) producers * perProducer * (perProducer + 1) / 2;
        System.out.println("consumed=" + consumed.get() + " expected=" + expected + " left=" + buffer.size());
    }
}
