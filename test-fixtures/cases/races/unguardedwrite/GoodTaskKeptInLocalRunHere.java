package races.unguardedwrite;

/**
 * Look-alikes of BadTaskKeptInLocalThenStarted: the closure kept in a local is run by the calling
 * thread itself, or handed to a thread but works only on its own locals.
 */
public class GoodTaskKeptInLocalRunHere {
    private long total;

    public void addHere() {
        Runnable adder = () -> {
            for (int i = 0; i < 1000; i++) {
                total += i;
            }
        };
        adder.run();
    }

    public void countOnAThread() {
        Runnable counter = () -> {
            long sum = 0;
            for (int i = 0; i < 1000; i++) {
                sum += i;
            }
            System.out.println(sum);
        };
        new Thread(counter).start();
    }

    public long total() {
        return total;
    }
}
