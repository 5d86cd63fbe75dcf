// EXPECT: interrupted-on-other-thread @ line 14
package recall;

public class InterruptedOtherThread {

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        });
        worker.start();
        worker.interrupt();
        if (worker.interrupted()) {
            System.out.println("worker was interrupted");
        }
        worker.join();
    }
}
