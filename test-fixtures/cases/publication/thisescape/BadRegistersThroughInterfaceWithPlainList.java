package publication.thisescape;

import java.util.ArrayList;
import java.util.List;

/**
 * The look-alike of GoodRegistersThroughInterfaceWithConcurrentList whose detector keeps listeners in
 * a plain list that its own thread walks: nothing orders the constructor's writes before that thread's
 * reads.
 */
public class BadRegistersThroughInterfaceWithPlainList implements BadGossipListener {

    public static final class FailureDetector implements BadGossipDetector {
        static final BadGossipDetector INSTANCE = new FailureDetector();
        private final List<BadGossipListener> listeners = new ArrayList<>();

        @Override
        public void register(BadGossipListener listener) {
            listeners.add(listener);
        }

        void interpret(String endpoint) {
            for (BadGossipListener l : listeners) {
                l.convict(endpoint);
            }
        }

        void start() {
            new Thread(() -> interpret("peer")).start();
        }
    }

    private final String name;
    private volatile int convictions;

    public BadRegistersThroughInterfaceWithPlainList(String name) {
        this.name = name;
        FailureDetector.INSTANCE.register(this); // expect: ThisEscape['the hand-over is none known to order the constructor']
    }

    @Override
    public synchronized void convict(String endpoint) {
        convictions++;
        System.out.println(name + " convicts " + endpoint + " " + convictions);
    }
}

interface BadGossipListener {
    void convict(String endpoint);
}

interface BadGossipDetector {
    void register(BadGossipListener listener);
}
