package races.mutablestaticstate;

/**
 * Look-alike of BadStaticCounterOfTwoThreads: the two worker threads run one after the other, each
 * joined before the next starts, so the static counter is never written by two at once.
 */
public class GoodStaticCounterThreadsInTurn {
    static int workerCount;

    static final class Worker extends Thread {
        @Override
        public void run() {
            for (int i = 0; i < 10_000; i++) {
                workerCount++;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Worker first = new Worker();
        first.start();
        first.join();
        Worker second = new Worker();
        second.start();
        second.join();
        System.out.println(workerCount);
    }
}
