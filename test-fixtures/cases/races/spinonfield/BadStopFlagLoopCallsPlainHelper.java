package races.spinonfield;

/**
 * A worker polls a plain stop flag and each pass calls a private helper that only computes on plain
 * fields: nothing in the loop or the helper synchronizes, so the flag may be read once (CERT VNA00-J).
 */
public class BadStopFlagLoopCallsPlainHelper implements Runnable {
    private boolean running = true;
    private long processed;
    private long checksum;

    @Override
    public void run() {
        while (running) { // expect: SpinOnField['`running` is not volatile and nothing in the loop synchronizes']
            step();
        }
    }

    private void step() {
        processed++;
        checksum = mix(checksum, processed);
    }

    private static long mix(long a, long b) {
        return a * 31 + b;
    }

    public void shutdown() {
        running = false;
    }
}
