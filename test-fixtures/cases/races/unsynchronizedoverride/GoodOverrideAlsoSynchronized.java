package races.unsynchronizedoverride;

/** The override is itself synchronized, so its check and its call to super happen under one monitor acquisition. */
public class GoodOverrideAlsoSynchronized extends LimitedInventory {
    @Override
    public synchronized void reserve(int quantity) {
        if (quantity > available) {
            throw new IllegalStateException("only " + available + " left");
        }
        super.reserve(quantity);
    }
}

/** Stock kept under the monitor. */
class LimitedInventory {
    protected int available = 100;

    public synchronized void reserve(int quantity) {
        available -= quantity;
    }

    public synchronized int available() {
        return available;
    }
}
