package misuse.interruptswallowed;

import java.io.IOException;

/**
 * After a failed accept, the connector backs off for a second; interrupted during the back-off, it
 * answers {@code false}, and the accept loop that called it stops on that answer (so does the loop that
 * reaches it through a subclass's override, which passes the answer on): the interrupt is acted on as a
 * request to stop (jetty AbstractConnector.handleAcceptFailure, misuse review final59).
 */
public class GoodInterruptAnsweredAsStopToCallersLoop {
    private volatile boolean running = true;

    protected boolean handleAcceptFailure(Throwable failure) {
        if (!running) {
            return false;
        }
        try {
            Thread.sleep(1000);
            return true;
        } catch (Throwable x) {
            System.err.println("back-off ended: " + x);
        }
        return false;
    }

    public void acceptLoop() {
        while (running) {
            try {
                accept();
            } catch (IOException x) {
                if (!handleAcceptFailure(x)) {
                    break;
                }
            }
        }
    }

    protected void accept() throws IOException {
    }

    /** A connector that logs before the back-off. */
    public static class Logging extends GoodInterruptAnsweredAsStopToCallersLoop {
        @Override
        protected boolean handleAcceptFailure(Throwable failure) {
            System.err.println("accept failed: " + failure);
            return super.handleAcceptFailure(failure);
        }
    }
}
