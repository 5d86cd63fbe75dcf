// EXPECT: none
package recall;

public class VolatileStopFlag implements Runnable {
    private volatile boolean running = true;
    private long iterations;

    @Override
    public void run() {
        while (running) {
            iterations++;
        }
        System.out.println("stopped after " + iterations);
    }

    public void stop() {
        running = false;
    }

    public static void main(String[] args) throws InterruptedException {
        VolatileStopFlag task = new VolatileStopFlag();
        Thread t = new Thread(task);
        t.start();
        Thread.sleep(500);
        task.stop();
        t.join();
    }
}
