package publication.thisescape;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A server's listener starts its reader threads in its constructor and assigns one more field after.
 * The readers only process the connections handed to them: the code they run is the connections'
 * (a sibling class of the listener, nested in the server, that cannot name the listener), which reads a
 * field of its own of the same name and notifies its own monitor. None of it reads the listener's late
 * field (hadoop ipc.Server.Listener, whose Reader threads read Connection.isOnAuxiliaryPort).
 */
public class GoodReaderThreadsUseOnlyTheirConnections {

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
                reader.start();
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
                        connections.take().process();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
