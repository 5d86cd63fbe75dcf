package deadlock.lockorderinversion.opencalls;

/** JCIP's fix for the taxi deadlock: setLocation updates its state under its monitor and calls the Dispatcher only after releasing it (an open call). */
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

    public void setLocation(Point location) {
        boolean reachedDestination;
        synchronized (this) {
            this.location = location;
            reachedDestination = location.equals(destination);
        }
        if (reachedDestination) {
            dispatcher.notifyAvailable(this);
        }
    }

    public synchronized void setDestination(Point destination) {
        this.destination = destination;
    }
}
