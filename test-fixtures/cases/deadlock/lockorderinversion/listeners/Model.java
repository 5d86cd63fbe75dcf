package deadlock.lockorderinversion.listeners;

/** A model whose change is published through the bus, called with the model's own monitor held. */
public class Model {
    private final EventBus bus;
    private int state;

    public Model(EventBus bus) {
        this.bus = bus;
    }

    public synchronized void refresh() {
        state++;
    }

    public synchronized void change() {
        state--;
        bus.publish(); // expect: LockOrderInversion['other side of a lock-order inversion']
    }
}
