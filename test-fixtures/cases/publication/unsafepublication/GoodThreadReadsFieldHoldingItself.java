package publication.unsafepublication;

import java.util.ArrayList;
import java.util.List;

/**
 * The accept thread is kept in a plain field that its own loop reads (through {@code stop()}): the thread
 * runs only after {@code start()}, called by code that already holds the reference, and {@code start()}
 * orders the thread's construction before its run.
 */
public class GoodThreadReadsFieldHoldingItself {
    private AcceptThread acceptThread;
    private volatile boolean stopped;

    public void configure(int port) {
        acceptThread = new AcceptThread(port);
    }

    public void start() {
        if (acceptThread.getState() == Thread.State.NEW) {
            acceptThread.start();
        }
    }

    public void stop() {
        stopped = true;
        if (acceptThread != null) {
            acceptThread.interrupt();
        }
    }

    private final class AcceptThread extends Thread {
        private final List<Integer> accepted = new ArrayList<>();
        private int port;

        AcceptThread(int port) {
            this.port = port;
        }

        @Override
        public void run() {
            while (!stopped) {
                accepted.add(port);
                if (accepted.size() > 1000) {
                    stop();
                }
            }
        }
    }
}
