package races.unguardedwrite;

/**
 * Each worker writes the energy of its own region into its own cell and reads that cell back; the loop
 * that starts the workers copies its counter into the index each one captures, so no two workers touch
 * one cell. The results are read after every worker is joined.
 */
public class GoodSlotWrittenAndReadByItsOwnWorker {
    private final double[] energy;
    private final double[] share;

    public GoodSlotWrittenAndReadByItsOwnWorker(int workers) {
        energy = new double[workers];
        share = new double[workers];
    }

    private void work(int id) {
        energy[id] = (id + 1) * Math.sqrt(id + 1.0);
        share[id] = energy[id] / 2;
    }

    public double[] run() throws InterruptedException {
        Thread[] threads = new Thread[energy.length];
        for (int i = 0; i < threads.length; i++) {
            final int id = i;
            threads[i] = new Thread(() -> work(id));
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return share.clone();
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(new GoodSlotWrittenAndReadByItsOwnWorker(4).run()[0]);
    }
}
