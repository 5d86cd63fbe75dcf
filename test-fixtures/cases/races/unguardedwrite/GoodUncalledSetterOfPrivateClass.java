package races.unguardedwrite;

/**
 * A pipe whose end points are a private nested class: {@code setCapacity} is public but nothing calls
 * it, and no code outside this file can (the class is private, and it overrides no method of a type
 * others could call it through), so it is dead code, not a method client threads run
 * (jetty MemoryEndPointPipe.MemoryEndPoint.setMaxCapacity).
 */
public class GoodUncalledSetterOfPrivateClass {
    private final EndPoint local = new EndPoint();

    public int capacity() {
        return local.capacity();
    }

    public void grow() {
        local.grow();
    }

    private static final class EndPoint {
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
