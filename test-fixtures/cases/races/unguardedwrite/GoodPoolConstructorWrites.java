package races.unguardedwrite;

/** A lease pool whose fields are first written in the constructor (owned by the constructing thread), then only under the monitor. */
public class GoodPoolConstructorWrites {
    private int capacity;
    private int leased;

    public GoodPoolConstructorWrites(int capacity) {
        this.capacity = capacity;
        this.leased = 0;
    }

    public synchronized boolean tryLease() {
        if (leased >= capacity) {
            return false;
        }
        leased++;
        return true;
    }

    public synchronized void release() {
        if (leased > 0) {
            leased--;
        }
    }

    public synchronized void resize(int newCapacity) {
        capacity = newCapacity;
    }
}
