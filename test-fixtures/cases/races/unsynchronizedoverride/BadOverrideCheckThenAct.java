package races.unsynchronizedoverride;

/** An override that checks stock and then reserves in two separate monitor acquisitions: the synchronized method lost its atomicity. */
public class BadOverrideCheckThenAct extends Inventory {
    @Override
    public void reserve(int quantity) { // expect: UnsynchronizedOverride['`reserve` overrides synchronized `Inventory.reserve` without synchronizing']
        if (quantity > available()) {
            throw new IllegalStateException("only " + available() + " left");
        }
        super.reserve(quantity);
    }
}

/** Stock kept under the monitor: reserve() checks and subtracts atomically. */
class Inventory {
    private int available = 100;

    public synchronized void reserve(int quantity) {
        if (quantity > available) {
            throw new IllegalStateException("insufficient stock");
        }
        available -= quantity;
    }

    public synchronized int available() {
        return available;
    }
}
