package misuse.ignoredfuture;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A credential renewal loop handed to a pool with its Future dropped: the loop catches IOException to
 * retry, so its author meant it to keep running, but any other exception ends it, and nobody sees why
 * renewal stopped.
 */
public class BadRenewalLoopEndsOnOtherFailures {

    /** Renews the credentials; implemented by the login module. */
    public interface Login {
        void renew() throws IOException;
    }

    private final ExecutorService renewer = Executors.newSingleThreadExecutor();
    private volatile boolean running = true;

    public void start(Login login) {
        renewer.submit(() -> renewLoop(login)); // expect: IgnoredFuture['loop catches `IOException` to go on, but any other exception ends it at BadRenewalLoopEndsOnOtherFailures.java:34']
    }

    public void stop() {
        running = false;
    }

    private void renewLoop(Login login) {
        while (running) {
            try {
                login.renew();
            } catch (IOException e) { // related: IgnoredFuture['loop catches `IOException` to go on, but any other exception ends it here']
                System.err.println("renewal failed, retrying: " + e);
            }
        }
    }
}
