package races.unguardedread;

import java.util.concurrent.ExecutorService;

/**
 * The channel's addresses are set by open(), under its monitor, and read by getters without it. open()
 * is the step that starts the channel's work: a getter meets its writes only if a client asks for the
 * addresses of a channel another thread is still opening, so the finding is a note (sshd
 * TcpipClientChannel.open).
 */
public class BadTunnelAddressReadWhileOpeningNote {
    private final ExecutorService io;
    private Endpoint entrance;
    private Endpoint exit;

    public BadTunnelAddressReadWhileOpeningNote(ExecutorService io) {
        this.io = io;
    }

    public synchronized void open(Endpoint from, Endpoint to) {
        entrance = from;
        exit = to;
        io.execute(this::pump);
    }

    private synchronized void pump() {
        System.out.println("pumping " + entrance + " -> " + exit);
    }

    public Endpoint getEntrance() {
        return entrance; // expect: UnguardedRead['`entrance` is read without `this`']
    }

    public Endpoint getExit() {
        return exit; // expect: UnguardedRead['`exit` is read without `this`']
    }

    /** A host and port a client may change. */
    public static final class Endpoint {
        String host;
        int port;

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /** The program's own user: it opens channels for clients and describes them. */
    public static final class Forwarder {
        private final BadTunnelAddressReadWhileOpeningNote channel;

        public Forwarder(ExecutorService io) {
            this.channel = new BadTunnelAddressReadWhileOpeningNote(io);
        }

        public void forward(Endpoint from, Endpoint to) {
            channel.open(from, to);
        }

        public String describe() {
            return channel.getEntrance() + " -> " + channel.getExit();
        }
    }
}
