// EXPECT: none
package probe17a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lets a commit wait until every in-flight indexing operation has finished writing
 * to the RAM buffer, so the commit point never contains half-applied updates.
 * Indexing requests run on the write pool; commit() runs on the commit thread.
 */
public class CommitBarrier {

    private final Object lock = new Object();
    private final List<String> ramBuffer = new ArrayList<>();
    private final List<Integer> commitSizes = new ArrayList<>();
    private int inFlight;

    public void index(String docId) {
        synchronized (lock) {
            inFlight++;
        }
        try {
            String analyzed = docId.toLowerCase();
            synchronized (lock) {
                ramBuffer.add(analyzed);
            }
        } finally {
            synchronized (lock) {
                inFlight--;
                if (inFlight == 0) {
                    lock.notifyAll();
                }
            }
        }
    }

    public int commit() throws InterruptedException {
        synchronized (lock) {
            while (inFlight > 0) {
                lock.wait(); // OK: wait() releases the monitor while blocked, so indexing threads can finish and notify
            }
            int size = ramBuffer.size();
            ramBuffer.clear();
            commitSizes.add(size);
            return size;
        }
    }

    public List<Integer> commitSizes() {
        synchronized (lock) {
            return new ArrayList<>(commitSizes);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CommitBarrier barrier = new CommitBarrier();
        ExecutorService writePool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            final int id = t;
            writePool.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    barrier.index("Doc-" + id + "-" + i);
                }
            });
        }
        Thread commitThread = new Thread(() -> {
            try {
                for (int c = 0; c < 10; c++) {
                    barrier.commit();
                    Thread.sleep(2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "committer");
        commitThread.start();
        writePool.shutdown();
        writePool.awaitTermination(1, TimeUnit.MINUTES);
        commitThread.join();
        System.out.println("commit sizes: " + barrier.commitSizes());
    }
}
