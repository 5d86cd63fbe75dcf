package races.unguardedwrite;

/**
 * The same workers, but each reads its neighbour's cell, which the neighbour may be writing at that
 * moment: nothing orders the two.
 */
public class BadSlotReadOfNeighboursCell {
    private final double[] energy;
    private final double[] share;

    public BadSlotReadOfNeighboursCell(int workers) {
        energy = new double[workers];
        share = new double[workers];
    }

    private void work(int id) {
        energy[id] = (id + 1) * Math.sqrt(id + 1.0); // expect: UnguardedWrite['an element of `energy` changes `energy` without a lock']
        share[id] = energy[(id + 1) % energy.length] / 2;
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
        System.out.println(new BadSlotReadOfNeighboursCell(4).run()[0]);
    }
}
