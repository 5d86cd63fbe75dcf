package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * The look-alike: the handlers run in place ({@code handlers.forEach(Handler::run)}, a reference to the
 * type's method, whose first argument is the handler it runs on), on the caller's thread inside the
 * object's own lock, which {@code halt()} holds too.
 */
public class GoodHandlersRunInPlaceByMethodReference {
    private final List<Handler> handlers = new ArrayList<>();

    public synchronized void listen(List<String> addresses) {
        for (String a : addresses) {
            handlers.add(new Handler(a));
        }
        handlers.forEach(Handler::run);
    }

    public synchronized void halt() {
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
            socket = open(address);
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
