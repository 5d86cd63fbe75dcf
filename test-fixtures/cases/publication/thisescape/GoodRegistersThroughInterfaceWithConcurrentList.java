package publication.thisescape;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A gossiper registers with the failure detector, named by its interface, as the last thing its
 * constructor does; the detector, the interface's only implementation, keeps listeners in a
 * CopyOnWriteArrayList, so the convicting thread sees every write made before the registration
 * (cassandra Gossiper, publication review). The interface's own declaration keeps nothing.
 */
public class GoodRegistersThroughInterfaceWithConcurrentList implements GoodGossipListener {

    public static final class FailureDetector implements GoodGossipDetector {
        static final GoodGossipDetector INSTANCE = new FailureDetector();
        private final List<GoodGossipListener> listeners = new CopyOnWriteArrayList<>();

        @Override
        public void register(GoodGossipListener listener) {
            listeners.add(listener);
        }

        void interpret(String endpoint) {
            for (GoodGossipListener l : listeners) {
                l.convict(endpoint);
            }
        }

        void start() {
            new Thread(() -> interpret("peer")).start();
        }
    }

    private final String name;
    private volatile int convictions;

    public GoodRegistersThroughInterfaceWithConcurrentList(String name) {
        this.name = name;
        FailureDetector.INSTANCE.register(this);
    }

    @Override
    public synchronized void convict(String endpoint) {
        convictions++;
        System.out.println(name + " convicts " + endpoint + " " + convictions);
    }
}

interface GoodGossipListener {
    void convict(String endpoint);
}

interface GoodGossipDetector {
    void register(GoodGossipListener listener);
}
