package races.unguardedread;

/**
 * An async logger whose {@code start} sets the full-queue policy and then publishes the ring through a
 * volatile field; {@code route} asks a private helper whether the ring is there (it reads the volatile
 * field) before it reads the policy. A thread that sees the ring sees the policy written before it
 * (log4j AsyncLoggerConfigDisruptor.getEventRoute).
 */
public class GoodReadAfterVolatileCheckInHelper {
    private String fullPolicy;
    private volatile int[] ring;

    public synchronized void start(int size) {
        fullPolicy = size > 1024 ? "enqueue" : "discard";
        ring = new int[size];
    }

    public String route() {
        if (remaining() < 0) {
            return "discard";
        }
        return fullPolicy;
    }

    private int remaining() {
        int[] current = ring;
        return current == null ? -1 : current.length;
    }
}
