package publication.thisescape;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike of GoodReaderThreadsUseOnlyTheirConnections whose readers ask the listener whether it
 * is on the auxiliary port before processing: a reader started in the constructor can read the field
 * before the constructor assigns it.
 */
public class BadReaderThreadsAskTheListener {

    /** A client connection, processed by one reader at a time. */
    static final class Connection {
        private final boolean auxiliary;
        private int pending;

        Connection(boolean auxiliary) {
            this.auxiliary = auxiliary;
        }

        synchronized void process() {
            if (auxiliary) {
                pending++;
            }
            notify();
        }
    }

    /** Accepts connections and hands them to its readers. */
    final class Listener {
        private final Reader[] readers = new Reader[2];
        private boolean auxiliary;

        Listener(boolean auxiliary) {
            for (int i = 0; i < readers.length; i++) {
                Reader reader = new Reader();
                readers[i] = reader;
                reader.start(); // expect: ThisEscape['`auxiliary` is assigned only after it']
            }
            this.auxiliary = auxiliary;
        }

        boolean auxiliary() {
            return auxiliary;
        }

        /** Reads from the connections handed to it. */
        final class Reader extends Thread {
            private final BlockingQueue<Connection> connections = new LinkedBlockingQueue<>();

            @Override
            public void run() {
                try {
                    while (true) {
                        Connection c = connections.take();
                        if (auxiliary()) {
                            c.process();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
