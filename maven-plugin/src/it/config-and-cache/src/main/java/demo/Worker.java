package demo;

public class Worker {
    private final SpinLock lock = new SpinLock();
    private int done;

    public void work() {
        lock.acquire();
        step();
        lock.release();
    }

    private void step() {
        done++;
    }
}
