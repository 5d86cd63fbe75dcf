package races.unguardedwrite;

/**
 * The same pipe with a package-private end point class: other code of the package can call its
 * public setter while the pipe's threads use the capacity under its monitor.
 */
public class BadUncalledSetterOfPackageClass {
    private final EndPoint local = new EndPoint();

    public int capacity() {
        return local.capacity();
    }

    public void grow() {
        local.grow();
    }

    static final class EndPoint {
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
}
