package races.unguardedread;

/**
 * A server whose request processors are set up, under its monitor, by {@code startup()}, and read by
 * {@code submit} without it: the read meets the write only while the server starts, a note naming the
 * step (zookeeper's ZooKeeperServer.firstProcessor). A peer starts it after an unrelated negated check
 * ({@code if (!observing)}), which tests nothing {@code startup()} makes: that is no initialization on
 * first use, which any thread might run at any time.
 */
public class BadProcessorSetUpInStartupRestartedByPeerNote {

    public interface Processor {
        void process(String request);
    }

    public static class Server {
        private Processor first;

        public synchronized void startup() {
            setupProcessors();
        }

        protected void setupProcessors() {
            first = request -> { };
        }

        public void submit(String request) {
            first.process(request); // expect: UnguardedRead['starts or stops the object']
        }
    }

    public static class Peer {
        private boolean observing;
        private final Server server = new Server();

        public void follow() {
            if (!observing) {
                server.startup();
            }
        }

        public void observe() {
            observing = true;
        }
    }
}
