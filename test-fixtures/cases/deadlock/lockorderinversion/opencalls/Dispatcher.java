package deadlock.lockorderinversion.opencalls;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** JCIP's fix, dispatcher side: getImage copies the taxi set under its monitor and asks each taxi for its location after releasing it, so no thread ever holds both monitors. */
public final class Dispatcher {
    private final Set<Taxi> taxis = new HashSet<>();
    private final Set<Taxi> availableTaxis = new HashSet<>();

    public synchronized void register(Taxi taxi) {
        taxis.add(taxi);
    }

    public synchronized void notifyAvailable(Taxi taxi) {
        availableTaxis.add(taxi);
    }

    public List<Point> getImage() {
        Set<Taxi> copy;
        synchronized (this) {
            copy = new HashSet<>(taxis);
        }
        List<Point> markers = new ArrayList<>();
        for (Taxi t : copy) {
            markers.add(t.getLocation());
        }
        return markers;
    }
}
