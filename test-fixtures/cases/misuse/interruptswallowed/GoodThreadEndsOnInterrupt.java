package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;

/** A worker thread that ends when interrupted: returning from run() is how it honours the interrupt, nobody is left to read the flag. */
public class GoodThreadEndsOnInterrupt extends Thread {
    private final BlockingQueue<Runnable> tasks;

    public GoodThreadEndsOnInterrupt(BlockingQueue<Runnable> tasks) {
        this.tasks = tasks;
    }

    @Override
    public void run() {
        while (true) {
            Runnable task;
            try {
                task = tasks.take();
            } catch (InterruptedException e) {
                return;
            }
            task.run();
        }
    }
}
