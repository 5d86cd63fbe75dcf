package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;

/**
 * A shutdown task catches what stopping the server throws and then ends the process: nothing it can
 * throw is left for the dropped future to hold (jetty ShutdownHandler, misuse review).
 */
public class GoodTaskHandlesFailuresThenExits {

    /** The server being stopped. */
    public interface Server {
        void stop() throws Exception;
    }

    private final Server server;
    private final boolean exitJvm;

    public GoodTaskHandlesFailuresThenExits(Server server, boolean exitJvm) {
        this.server = server;
        this.exitJvm = exitJvm;
    }

    public void shutdownLater() {
        CompletableFuture.runAsync(this::shutdown);
    }

    private void shutdown() {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("unable to stop the server: " + e);
        }
        if (exitJvm) {
            System.exit(0);
        }
    }
}
