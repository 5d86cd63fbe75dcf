package races.unguardedwrite;

/**
 * The textbook lost update: one task, kept in a local, given to two threads started together. Both
 * run {@code count++} on the same field at once, and increments are lost.
 */
public class BadSameTaskOnTwoThreads {
    private int count;

    public int countTwice() throws InterruptedException {
        Runnable increment = () -> {
            for (int i = 0; i < 10_000; i++) {
                count++; // expect: UnguardedWrite['`count` is updated without a lock, by a task that runs on another thread; two threads can run it at once']
            }
        };
        Thread first = new Thread(increment);
        Thread second = new Thread(increment);
        first.start();
        second.start();
        first.join();
        second.join();
        return count;
    }
}
