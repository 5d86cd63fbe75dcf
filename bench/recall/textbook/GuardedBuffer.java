// EXPECT: none
package recall;

public class GuardedBuffer<T> {
    private final Object[] items;
    private int head, tail, count;

    public GuardedBuffer(int capacity) {
        items = new Object[capacity];
    }

    public synchronized void put(T x) throws InterruptedException {
        while (count == items.length) {
            wait();
        }
        items[tail] = x;
        tail = (tail + 1) % items.length;
        count++;
        notifyAll();
    }

    @SuppressWarnings("unchecked")
    public synchronized T take() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        T x = (T) items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        notifyAll();
        return x;
    }

    public static void main(String[] args) throws InterruptedException {
        GuardedBuffer<Integer> buf = new GuardedBuffer<>(4);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 100; i++) buf.put(i);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        for (int i = 0; i < 100; i++) {
            System.out.println(buf.take());
        }
        producer.join();
    }
}
