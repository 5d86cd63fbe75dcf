package deadlock.lockorderinversion.taxi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** JCIP's cooperating objects, dispatcher side: getImage holds the dispatcher's monitor and calls the synchronized Taxi.getLocation (Dispatcher -> Taxi), the reverse of Taxi.setLocation. */
public final class Dispatcher {
    private final Set<Taxi> taxis = new HashSet<>();
    private final Set<Taxi> availableTaxis = new HashSet<>();

    public synchronized void register(Taxi taxi) {
        taxis.add(taxi);
    }

    public synchronized void notifyAvailable(Taxi taxi) { // related: LockOrderInversion['then `Dispatcher.this` is taken here']
        availableTaxis.add(taxi);
    }

    public synchronized List<Point> getImage() {
        List<Point> markers = new ArrayList<>();
        for (Taxi t : taxis) {
            markers.add(t.getLocation()); // expect: LockOrderInversion['this path holds `Dispatcher.this` and takes `Taxi.this`, while `Taxi.setLocation` (Taxi.java:20) holds `Taxi.this` and takes `Dispatcher.this`']
        }
        return markers;
    }
}
