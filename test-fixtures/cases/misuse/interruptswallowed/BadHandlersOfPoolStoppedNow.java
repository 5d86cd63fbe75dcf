package misuse.interruptswallowed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same handlers on a pool the object keeps and stops with {@code shutdownNow()}, which interrupts
 * them before the stop flag is set: that interrupt is the pool's request to stop, and the handler drops
 * it, finds the flag still clear and sleeps on.
 */
public class BadHandlersOfPoolStoppedNow {
    private final List<Handler> handlers = new ArrayList<>();
    private volatile boolean shutdown;
    private ExecutorService executor;

    public void listen(List<String> addresses) {
        executor = Executors.newFixedThreadPool(addresses.size());
        for (String a : addresses) {
            handlers.add(new Handler(a));
        }
        handlers.forEach(executor::submit);
        executor.shutdown();
    }

    public void halt() {
        executor.shutdownNow();
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
                } catch (InterruptedException e) { // expect: InterruptSwallowed['this task goes on running on a thread it does not own']
                    System.err.println("interrupted while sleeping, ignoring");
                }
            }
        }
    }
}
