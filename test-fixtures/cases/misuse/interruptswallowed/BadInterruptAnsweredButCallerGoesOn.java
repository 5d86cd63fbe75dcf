package misuse.interruptswallowed;

import java.io.IOException;

/**
 * The look-alike: the back-off answers {@code false} when interrupted, but the accept loop ignores the
 * answer and accepts again, so the request to stop is lost.
 */
public class BadInterruptAnsweredButCallerGoesOn {
    private volatile boolean running = true;

    protected boolean backOff() {
        try {
            Thread.sleep(1000);
            return true;
        } catch (Throwable x) { // expect: InterruptSwallowed['an InterruptedException (caught as Throwable) is swallowed']
            System.err.println("back-off ended: " + x);
        }
        return false;
    }

    public void acceptLoop() {
        while (running) {
            try {
                accept();
            } catch (IOException x) {
                backOff();
            }
        }
    }

    protected void accept() throws IOException {
    }
}
