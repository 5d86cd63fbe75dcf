package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Acceptors handed to a pool in a loop, each a new object that writes only its own fields: every task
 * has its own state, so tasks running at once share nothing.
 */
public class GoodTaskObjectsOwnTheirState {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    public void start(int acceptors) {
        for (int i = 0; i < acceptors; i++) {
            pool.execute(new Acceptor(i));
        }
    }

    private static final class Acceptor implements Runnable {
        private final int id;
        private String name;
        private int accepted;

        Acceptor(int id) {
            this.id = id;
        }

        @Override
        public void run() {
            name = "acceptor-" + id;
            accepted++;
            System.out.println(name + accepted);
        }
    }
}
