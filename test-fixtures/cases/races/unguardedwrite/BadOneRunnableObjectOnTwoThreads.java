package races.unguardedwrite;

/**
 * One Runnable object handed to two threads: its own field is shared by both, and their increments
 * interleave.
 */
public class BadOneRunnableObjectOnTwoThreads implements Runnable {
    private int hits;

    @Override
    public void run() {
        for (int i = 0; i < 10_000; i++) {
            hits++; // expect: UnguardedWrite['`hits` is updated without a lock, by a task that runs on another thread; two threads can run it at once']
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BadOneRunnableObjectOnTwoThreads counter = new BadOneRunnableObjectOnTwoThreads();
        Thread a = new Thread(counter);
        Thread b = new Thread(counter);
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(counter.hits);
    }
}
