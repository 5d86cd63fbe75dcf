package races.unguardedwrite;

/**
 * The same pipe with a package-private end point class that the pipe uses: code outside the package
 * cannot name it, and no code of the package calls its public setter, so the setter is dead code and
 * no client thread runs it.
 */
public class GoodUncalledSetterOfPackageClass {
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
            this.capacity = capacity;
        }
    }
}
