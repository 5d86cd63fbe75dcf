package misuse.interruptswallowed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Listener handlers run as tasks of a pool the listening method makes for them and only shuts down
 * (zookeeper's quorum listener): nothing in the program can interrupt those workers (no shutdownNow, the
 * futures dropped by {@code forEach}), so the back-off sleep's interrupt never comes, and dropping it
 * loses nothing. The handlers stop through their flag.
 */
public class GoodHandlersOfLocalPoolOnlyShutDown {
    private final List<Handler> handlers = new ArrayList<>();
    private volatile boolean shutdown;

    public void listen(List<String> addresses) {
        ExecutorService executor = Executors.newFixedThreadPool(addresses.size());
        for (String a : addresses) {
            handlers.add(new Handler(a));
        }
        handlers.forEach(executor::submit);
        executor.shutdown();
    }

    public void halt() {
        shutdown = true;
    }

    final class Handler implements Runnable {
        private final String address;

        Handler(String address) {
            this.address = address;
        }

        @Override
        public void run() {
            acceptConnections();
        }

        private void acceptConnections() {
            int retries = 0;
            while (!shutdown && retries < 3) {
                System.out.println("accepting on " + address);
                retries++;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    System.err.println("interrupted while sleeping, ignoring");
                }
            }
        }
    }
}
