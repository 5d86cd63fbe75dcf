// EXPECT: interrupt-swallowed @ line 20
package recall;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class SwallowingWorker implements Runnable {
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    public void submit(Runnable r) {
        tasks.add(r);
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Runnable r = tasks.take();
                r.run();
            } catch (InterruptedException e) {
                // ignore and keep going
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SwallowingWorker w = new SwallowingWorker();
        Thread t = new Thread(w);
        t.start();
        w.submit(() -> System.out.println("task"));
        Thread.sleep(100);
        t.interrupt();
        t.join(1000);
        System.out.println("worker alive after interrupt: " + t.isAlive());
    }
}
