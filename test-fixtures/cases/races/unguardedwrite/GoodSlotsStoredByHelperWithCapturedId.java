package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Each band worker stores its result in its own cell, through a helper it calls with the id it captured
 * from the loop: the helper's statement reads the array field and stores into that one cell, so two
 * workers touch two cells; the results are read after every worker was joined.
 */
public class GoodSlotsStoredByHelperWithCapturedId {
    private double[] bandDelta;

    public double solve(int workers) throws InterruptedException {
        bandDelta = new double[workers];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            final int id = w;
            Thread t = new Thread(() -> relax(id));
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double max = 0;
        for (double d : bandDelta) {
            max = Math.max(max, d);
        }
        return max;
    }

    private void relax(int id) {
        double delta = Math.abs(Math.sin(id));
        bandDelta[id] = delta;
    }
}
