package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A thread that swallows an interrupt while it waits to be allowed to start, then goes on into its work
 * loop: the interrupt asked it to stop, and the loop after the catch, outside any finally, never learns.
 */
public class BadThreadWaitsOnAfterSwallowedInterrupt extends Thread {
    private final CountDownLatch ready = new CountDownLatch(1);
    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();

    public void allow() {
        ready.countDown();
    }

    @Override
    public void run() {
        try {
            ready.await();
        } catch (InterruptedException e) { // expect: InterruptSwallowed['InterruptedException is swallowed']
            System.err.println("interrupted: " + e);
        }
        try {
            while (true) {
                System.out.println(incoming.take());
            }
        } catch (InterruptedException e) {
            return;
        }
    }
}
