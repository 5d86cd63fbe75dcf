package misuse.notifyinsteadofnotifyall;

/** One-monitor bounded buffer that wakes all waiters with notifyAll(): each re-checks its own condition. */
public class GoodBoundedBufferNotifyAll {
    private final String[] items = new String[16];
    private int head;
    private int tail;
    private int count;

    public synchronized void put(String item) throws InterruptedException {
        while (count == items.length) {
            wait();
        }
        items[tail] = item;
        tail = (tail + 1) % items.length;
        count++;
        notifyAll();
    }

    public synchronized String take() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        String item = items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        notifyAll();
        return item;
    }
}
