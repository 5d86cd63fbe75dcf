// EXPECT: none
package recall3;

/**
 * Parallel sum: the input array is filled before the workers are started (Thread.start
 * publishes it), each worker writes only its own result field, and main reads the results
 * only after join().
 */
public class JoinPublication {
    static int[] data;

    static final class SumWorker extends Thread {
        private final int from;
        private final int to;
        private long result;

        SumWorker(int from, int to) {
            super("sum-" + from);
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            long s = 0;
            for (int i = from; i < to; i++) {
                s += data[i];
            }
            result = s;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        data = new int[1_000_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = i % 100;
        }
        int parts = 4;
        int chunk = data.length / parts;
        SumWorker[] workers = new SumWorker[parts];
        for (int p = 0; p < parts; p++) {
            int to = p == parts - 1 ? data.length : (p + 1) * chunk;
            workers[p] = new SumWorker(p * chunk, to);
            workers[p].start();
        }
        long total = 0;
        for (SumWorker w : workers) {
            w.join();
            total += w.result;
        }
        System.out.println("sum=" + total);
    }
}
