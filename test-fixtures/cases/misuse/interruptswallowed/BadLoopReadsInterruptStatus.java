package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The worker's own loop stops when its thread is interrupted, but the handler clears the flag the loop
 * tests: the interrupt meant to stop it is eaten and the thread runs on.
 */
public class BadLoopReadsInterruptStatus extends Thread {
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                tasks.take().run();
            } catch (InterruptedException e) { // expect: InterruptSwallowed['this thread goes on running']
                System.err.println("woken up");
            }
        }
    }

    public void submit(Runnable task) {
        tasks.add(task);
    }
}
