package races.unguardedwrite;

/**
 * The same package-private end point class, with a public subclass that the pipe hands out: clients
 * outside the package call the inherited public setter on it while the pipe's threads use the capacity
 * under its monitor.
 */
public class BadUncalledSetterOfPublicSubclass {
    private final SizedEndPoint local = new SizedEndPoint();

    public SizedEndPoint endPoint() {
        return local;
    }

    public int capacity() {
        return local.capacity();
    }

    public void grow() {
        local.grow();
    }

    static class EndPoint {
        private int capacity;

        synchronized int capacity() {
            return capacity;
        }

        synchronized void grow() {
            capacity++;
        }

        public void setCapacity(int capacity) {
            this.capacity = capacity; // expect: UnguardedWrite['`capacity` is written without `this`']
        }
    }

    public static class SizedEndPoint extends EndPoint {
    }
}
