// EXPECT: spin-on-field @ line 20
package recall3;

/**
 * A polling worker is stopped by setting a plain boolean field from the main thread.
 * Without volatile the JIT may hoist the read out of the loop and the worker never stops.
 */
public class StopFlagWorker {

    static final class Poller implements Runnable {
        private boolean stopRequested;
        private long polls;

        void requestStop() {
            stopRequested = true;
        }

        @Override
        public void run() {
            while (!stopRequested) {
                polls++;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Poller poller = new Poller();
        Thread worker = new Thread(poller, "poller");
        worker.start();
        Thread.sleep(200);
        poller.requestStop();
        worker.join();
        System.out.println("polled " + poller.polls + " times");
    }
}
