package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The look-alike: `start()` marks the agent started but makes and starts a runner on every call, so two
 * clients starting it at once leave two runners filling the map, and their gets and puts interleave.
 */
public class BadDiscoveryThreadStartedOnEachCall implements Runnable {
    private final AtomicBoolean started = new AtomicBoolean();
    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<String> heartbeats = new LinkedBlockingQueue<>();
    private volatile boolean running = true;

    public void start() {
        started.compareAndSet(false, true);
        Thread runner = new Thread(this);
        runner.setDaemon(true);
        runner.start();
    }

    public boolean isStarted() {
        return started.get();
    }

    public void heartbeat(String service) {
        heartbeats.add(service);
    }

    public Long lastSeen(String service) {
        return lastSeen.get(service);
    }

    @Override
    public void run() {
        while (running) {
            String service = heartbeats.poll();
            if (service != null) {
                processAlive(service);
            }
        }
    }

    private void processAlive(String service) {
        Long seen = lastSeen.get(service);
        if (seen == null) {
            lastSeen.put(service, System.nanoTime()); // expect: CheckThenAct['check-then-act on concurrent map `lastSeen`']
        }
    }

    public void stop() {
        running = false;
    }
}
