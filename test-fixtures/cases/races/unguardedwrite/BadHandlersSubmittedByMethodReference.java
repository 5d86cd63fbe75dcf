package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Each listener handler is handed to a pool through a method reference bound to the pool
 * ({@code handlers.forEach(executor::submit)}): its {@code run()} opens the socket on a pool thread, while
 * {@code halt()} closes it from the caller's thread under the handler's lock, which the write does not hold.
 */
public class BadHandlersSubmittedByMethodReference {
    private final List<Handler> handlers = new ArrayList<>();

    public void listen(List<String> addresses) {
        ExecutorService executor = Executors.newFixedThreadPool(addresses.size());
        for (String a : addresses) {
            handlers.add(new Handler(a));
        }
        handlers.forEach(executor::submit);
        executor.shutdown();
    }

    public void halt() {
        handlers.forEach(Handler::close);
    }

    static final class Handler implements Runnable {
        private final String address;
        private Object socket;

        Handler(String address) {
            this.address = address;
        }

        @Override
        public void run() {
            socket = open(address); // expect: UnguardedWrite['runs on the task handed to `executor.submit(...)`']
        }

        synchronized void close() {
            if (socket != null) {
                socket = null;
            }
        }

        private static Object open(String address) {
            return new StringBuilder(address);
        }
    }
}
