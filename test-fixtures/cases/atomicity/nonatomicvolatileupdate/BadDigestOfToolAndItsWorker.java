package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A digest a command-line tool's main updates while a worker its main started updates it too: both run
 * in the one process the main starts.
 */
public class BadDigestOfToolAndItsWorker {
    private static volatile long digest;

    static void add(long value) {
        digest += value; // expect: NonAtomicVolatileUpdate['the main thread']
    }

    /** Dumps a snapshot's digest while a worker checks it. */
    static final class Dump {
        public static void main(String[] args) {
            ExecutorService worker = Executors.newSingleThreadExecutor();
            worker.execute(() -> add(args.length));
            for (String a : args) {
                add(a.hashCode());
            }
            worker.shutdown();
        }
    }

    /** Checks a snapshot's digest. */
    static final class Check {
        public static void main(String[] args) {
            add(-args.length);
        }
    }
}
