package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Channel} is an internal interface whose only implementation is in the program; its
 * {@code send} appends to a buffer, takes no lock and does not block, so calling it under the session's
 * monitor runs no unknown code (cassandra StreamSession and StreamingChannel, deadlock review B2).
 */
public class GoodSingleInternalImplementation {
    private final Channel channel;
    private int sent;

    public GoodSingleInternalImplementation(Channel channel) {
        this.channel = channel;
    }

    public synchronized void sendMessage(String message) {
        channel.send(message);
        sent++;
    }

    public synchronized int sent() {
        return sent;
    }

    /** A connection to the peer (internal). */
    public interface Channel {
        void send(String message);
    }

    /** The one implementation: buffers what it is given until the event loop writes it. */
    public static final class BufferedChannel implements Channel {
        private final List<String> outbound = new ArrayList<>();

        @Override
        public void send(String message) {
            outbound.add(message);
        }
    }
}
