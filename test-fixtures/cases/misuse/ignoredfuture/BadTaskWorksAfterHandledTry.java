package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;

/**
 * The shutdown task catches what stopping the server throws, but then goes on with work of its own
 * outside the try: its failure is stored in the dropped future and lost.
 */
public class BadTaskWorksAfterHandledTry {

    /** The server being stopped, and the archive written after it. */
    public interface Server {
        void stop() throws Exception;

        void archiveLogs();
    }

    private final Server server;

    public BadTaskWorksAfterHandledTry(Server server) {
        this.server = server;
    }

    public void shutdownLater() {
        CompletableFuture.runAsync(this::shutdown); // expect: IgnoredFuture['the Future returned by `runAsync` is dropped']
    }

    private void shutdown() {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("unable to stop the server: " + e);
        }
        server.archiveLogs();
    }
}
