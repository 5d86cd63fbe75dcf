package races.unguardedwrite;

/**
 * Look-alikes of the lost update that lose nothing: the same task run by two threads one after the
 * other (the first is joined before the second starts), and two threads that each get a Runnable of
 * their own, so each counts in its own object.
 */
public class GoodTasksOneAtATimeOrOwnObjects {
    private int count;

    public int countInTurn() throws InterruptedException {
        Runnable increment = () -> {
            for (int i = 0; i < 10_000; i++) {
                count++;
            }
        };
        Thread first = new Thread(increment);
        first.start();
        first.join();
        Thread second = new Thread(increment);
        second.start();
        second.join();
        return count;
    }

    static final class OwnCounter implements Runnable {
        private int hits;

        @Override
        public void run() {
            for (int i = 0; i < 10_000; i++) {
                hits++;
            }
        }
    }

    public static void main(String[] args) {
        new Thread(new OwnCounter()).start();
        new Thread(new OwnCounter()).start();
    }
}
