// EXPECT: interrupt-swallowed @ line 51
package probe10a; import java.io.IOException;

/**
 * Sends periodic heartbeats to the group coordinator, backing off on failure.
 * The membership service starts this thread on join and calls shutdown() from
 * its own stop path (a different thread) when the member leaves the group.
 */
public class HeartbeatSender extends Thread {

    public interface Coordinator {
        void heartbeat(String memberId, long generation) throws IOException;
    }

    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final Coordinator coordinator;
    private final String memberId;
    private final long generation;
    private final long intervalMillis;

    public HeartbeatSender(Coordinator coordinator, String memberId, long generation, long intervalMillis) {
        super("heartbeat-" + memberId);
        setDaemon(true);
        this.coordinator = coordinator;
        this.memberId = memberId;
        this.generation = generation;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void run() {
        int failures = 0;
        while (!isInterrupted()) {
            try {
                coordinator.heartbeat(memberId, generation);
                failures = 0;
                pause(intervalMillis);
            } catch (IOException e) {
                failures++;
                long backoff = Math.min(intervalMillis << Math.min(failures, 6), MAX_BACKOFF_MILLIS);
                System.err.println("heartbeat failed (" + failures + "), retrying in " + backoff + "ms: " + e);
                pause(backoff);
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) { // BUG: interrupt swallowed without restoring the flag, so the run() loop never sees it and shutdown()'s join() can hang forever
            System.err.println("heartbeat pause interrupted");
        }
    }

    public void shutdown() throws InterruptedException {
        interrupt();
        join();
    }
}
