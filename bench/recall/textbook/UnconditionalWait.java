// EXPECT: unconditional-wait @ line 19
package recall;

public class UnconditionalWait {
    private final Object lock = new Object();
    private boolean ready;
    private int result;

    public void produce(int value) {
        synchronized (lock) {
            result = value;
            ready = true;
            lock.notifyAll();
        }
    }

    public int consume() throws InterruptedException {
        synchronized (lock) {
            lock.wait();
            return result;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        UnconditionalWait w = new UnconditionalWait();
        new Thread(() -> w.produce(7)).start();
        Thread.sleep(100);
        System.out.println(w.consume());
    }
}
