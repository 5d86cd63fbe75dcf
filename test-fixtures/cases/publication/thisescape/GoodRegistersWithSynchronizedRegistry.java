package publication.thisescape;

import java.util.HashMap;
import java.util.Map;

/**
 * A metrics proxy registers with the metrics system as the last thing its constructor does. The
 * system's {@code register} is synchronized and keeps the source through a helper it calls, and
 * its sampling thread reads sources under the same monitor: the lock's release publishes what the
 * constructor wrote. The system's other overload, for sinks, is not the one called: its type variable
 * is bounded by {@code Sink}, which the proxy is not (hadoop FairCallQueue.MetricsProxy, publication
 * review).
 */
public class GoodRegistersWithSynchronizedRegistry implements GoodRegistrySource {

    public abstract static class MetricsSystem {
        public abstract <T> T register(String name, T source);

        public abstract <T extends GoodRegistrySink> T register(String name, T sink);
    }

    public static final class MetricsSystemImpl extends MetricsSystem {
        static final MetricsSystem INSTANCE = new MetricsSystemImpl();
        private final Map<String, Object> sources = new HashMap<>();
        private final Map<String, GoodRegistrySink> sinks = new HashMap<>();

        @Override
        public synchronized <T> T register(String name, T source) {
            keep(name, source);
            return source;
        }

        private void keep(String name, Object source) {
            sources.put(name, source);
        }

        @Override
        public <T extends GoodRegistrySink> T register(String name, T sink) {
            sinks.put(name, sink);
            return sink;
        }

        synchronized void sample() {
            sources.values().forEach(System.out::println);
        }

        void start() {
            new Thread(this::sample).start();
        }
    }

    private final String namespace;
    private int revision;

    public GoodRegistersWithSynchronizedRegistry(String namespace) {
        this.namespace = namespace;
        MetricsSystemImpl.INSTANCE.register(namespace, this);
    }

    @Override
    public synchronized String sample() {
        revision++;
        return namespace + revision;
    }
}

interface GoodRegistrySource {
    String sample();
}

interface GoodRegistrySink {
    void put(String record);
}
