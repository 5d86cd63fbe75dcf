package deadlock.lockorderinversion.taxi;

/** JCIP's cooperating objects, taxi side: setLocation holds the taxi's monitor and calls the synchronized Dispatcher.notifyAvailable (Taxi -> Dispatcher). */
public final class Taxi {
    private final Dispatcher dispatcher;
    private Point location;
    private Point destination;

    public Taxi(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    public synchronized Point getLocation() {
        return location;
    }

    public synchronized void setLocation(Point location) { // related: LockOrderInversion['`Taxi.this` is taken here (Taxi.setLocation)']
        this.location = location;
        if (location.equals(destination)) {
            dispatcher.notifyAvailable(this); // expect: LockOrderInversion['other side of a lock-order inversion']
        }
    }

    public synchronized void setDestination(Point destination) {
        this.destination = destination;
    }
}
