package races.unguardedwrite;

/**
 * Send counters of a socket appender: {@code append} is synchronized because the socket is not
 * thread-safe, and the package-private reset is a test hook that nothing in the program calls, so no
 * thread writes the counters without the lock (log4j JeroMqAppender.resetSendRcs, races review #1).
 */
public class GoodUncalledTestHook {
    private final MessageSocket socket;
    private int sent;
    private int failed;

    public GoodUncalledTestHook(MessageSocket socket) {
        this.socket = socket;
    }

    public synchronized void append(byte[] message) {
        if (socket.send(message)) {
            sent++;
        } else {
            failed++;
        }
    }

    // not public, handy for testing
    int failedCount() {
        return failed;
    }

    // not public, handy for testing
    void resetCounts() {
        sent = failed = 0;
    }

    /** The transport: a bounded in-memory queue here. */
    public static final class MessageSocket {
        private final java.util.concurrent.BlockingQueue<byte[]> queue = new java.util.concurrent.ArrayBlockingQueue<>(1024);

        public boolean send(byte[] message) {
            return queue.offer(message);
        }
    }
}
