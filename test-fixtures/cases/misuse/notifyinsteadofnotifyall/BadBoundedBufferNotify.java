package misuse.notifyinsteadofnotifyall;

/** One-monitor bounded buffer (producers wait while full, consumers while empty) that wakes a single waiter: notify() can wake a producer when only a consumer could proceed, and everyone sleeps. */
public class BadBoundedBufferNotify {
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
        notify(); // expect: NotifyInsteadOfNotifyAll['threads wait on it for different conditions (count == 0; count == items.length)']
    }

    public synchronized String take() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        String item = items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        notify(); // expect: NotifyInsteadOfNotifyAll
        return item;
    }
}
