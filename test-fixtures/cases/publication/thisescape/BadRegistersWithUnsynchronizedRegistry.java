package publication.thisescape;

import java.util.HashMap;
import java.util.Map;

/**
 * The look-alike of GoodRegistersWithSynchronizedRegistry whose {@code register} for sources is not
 * synchronized: the helper it calls keeps the proxy in a plain map, and nothing orders the
 * constructor's writes before the sampling thread's reads.
 */
public class BadRegistersWithUnsynchronizedRegistry implements BadRegistrySource {

    public abstract static class MetricsSystem {
        public abstract <T> T register(String name, T source);

        public abstract <T extends BadRegistrySink> T register(String name, T sink);
    }

    public static final class MetricsSystemImpl extends MetricsSystem {
        static final MetricsSystem INSTANCE = new MetricsSystemImpl();
        private final Map<String, Object> sources = new HashMap<>();
        private final Map<String, BadRegistrySink> sinks = new HashMap<>();

        @Override
        public <T> T register(String name, T source) {
            keep(name, source); // related: UnguardedWrite@31['reaches the write from here']
            return source;
        }

        private void keep(String name, Object source) {
            sources.put(name, source); // expect: UnguardedWrite['`sources.put()` changes `sources` without `this`'], UnguardedWrite['(reached from `MetricsSystemImpl.register` at line 26)']
        }

        @Override
        public <T extends BadRegistrySink> T register(String name, T sink) {
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

    public BadRegistersWithUnsynchronizedRegistry(String namespace) {
        this.namespace = namespace;
        MetricsSystemImpl.INSTANCE.register(namespace, this); // expect: ThisEscape['the hand-over is none known to order the constructor']
    }

    @Override
    public synchronized String sample() {
        revision++;
        return namespace + revision;
    }
}

interface BadRegistrySource {
    String sample();
}

interface BadRegistrySink {
    void put(String record);
}
