package java21.virtualthreadpinning;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Workers on an executor built from a virtual-thread factory wait on a monitor for a signal: before
 * JDK 24, Object.wait() pins the carrier.
 */
public class BadObjectWaitOnVirtualThread {
    private final ThreadFactory factory = Thread.ofVirtual().name("gate-", 0).factory();
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(factory);
    private final Object gate = new Object();
    private boolean open;

    public void submitWork(Runnable work) {
        workers.execute(() -> {
            awaitOpen();
            work.run();
        });
    }

    public void open() {
        synchronized (gate) {
            open = true;
            gate.notifyAll();
        }
    }

    private void awaitOpen() {
        synchronized (gate) {
            while (!open) {
                try {
                    gate.wait(); // expect: VirtualThreadPinning['`gate.wait()` waits inside `synchronized (gate)`']
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
