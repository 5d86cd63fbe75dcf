// EXPECT: mutable-static-state @ line 31
package probe16c; import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Process-wide registry of string-to-value converters used when binding config
 * properties. Plugins contribute converters from their init() methods, which the
 * plugin host runs in parallel on its startup pool while the config binder is
 * already converting values for plugins that finished earlier.
 */
public final class ConverterRegistry {
    private static final Map<Class<?>, Function<String, ?>> CONVERTERS = new HashMap<>();

    static {
        CONVERTERS.put(String.class, s -> s);
        CONVERTERS.put(Integer.class, Integer::valueOf);
        CONVERTERS.put(Boolean.class, Boolean::valueOf);
        CONVERTERS.put(Duration.class, Duration::parse);
    }

    private ConverterRegistry() {
    }

    public static <T> void register(Class<T> type, Function<String, T> converter) {
        CONVERTERS.put(type, converter); // BUG: static HashMap mutated by parallel plugin init threads without synchronization
    }

    public static <T> T convert(Class<T> type, String raw) {
        Function<String, ?> converter = CONVERTERS.get(type);
        if (converter == null) {
            throw new IllegalArgumentException("No converter for " + type.getName());
        }
        return type.cast(converter.apply(raw));
    }

    record HostAndPort(String host, int port) {
        static HostAndPort parse(String s) {
            int i = s.lastIndexOf(':');
            return new HostAndPort(s.substring(0, i), Integer.parseInt(s.substring(i + 1)));
        }
    }

    record Percentage(double value) {
        static Percentage parse(String s) {
            return new Percentage(Double.parseDouble(s.replace("%", "")) / 100.0);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pluginStartup = Executors.newFixedThreadPool(4);
        List<Runnable> pluginInits = List.of(
                () -> register(HostAndPort.class, HostAndPort::parse),
                () -> register(Percentage.class, Percentage::parse),
                () -> register(Long.class, Long::valueOf),
                () -> System.out.println("timeout=" + convert(Duration.class, "PT30S")));
        for (Runnable init : pluginInits) {
            pluginStartup.submit(init);
        }
        pluginStartup.shutdown();
        pluginStartup.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(convert(HostAndPort.class, "db.internal:5432"));
    }
}
