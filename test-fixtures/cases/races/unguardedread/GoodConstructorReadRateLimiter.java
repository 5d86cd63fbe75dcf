package races.unguardedread;

/** A rate limiter that reads its own fields in the constructor (the object is not shared yet) and under the monitor afterwards. */
public class GoodConstructorReadRateLimiter {
    private int permitsPerTick;
    private int available;

    public GoodConstructorReadRateLimiter(int permitsPerTick) {
        this.permitsPerTick = permitsPerTick;
        this.available = this.permitsPerTick;
    }

    public synchronized boolean tryAcquire() {
        if (available == 0) {
            return false;
        }
        available--;
        return true;
    }

    public synchronized void tick() {
        available = permitsPerTick;
    }

    public synchronized void setRate(int permitsPerTick) {
        this.permitsPerTick = permitsPerTick;
    }
}
