// EXPECT: a-non-thread-safe-jdk-object-shared-between-threads @ line 38
package probe12b; import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleSupplier;

/*
 * Renders registered gauges in the Prometheus text exposition format. render() is called
 * by the scrape endpoint, whose handler pool serves concurrent scrapes (several Prometheus
 * replicas plus the local health checker scrape at the same time).
 */
public class PrometheusTextWriter {

    private static final DecimalFormat VALUE_FORMAT =
            new DecimalFormat("0.0########", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private final Map<String, DoubleSupplier> gauges = new ConcurrentHashMap<>();

    public void register(String name, DoubleSupplier supplier) {
        gauges.put(name, supplier);
    }

    public String render() {
        StringBuilder out = new StringBuilder(1024);
        for (Map.Entry<String, DoubleSupplier> e : new TreeMap<>(gauges).entrySet()) {
            double value = e.getValue().getAsDouble();
            out.append("# TYPE ").append(e.getKey()).append(" gauge\n");
            out.append(e.getKey()).append(' ');
            if (Double.isNaN(value)) {
                out.append("NaN");
            } else {
                out.append(VALUE_FORMAT.format(value)); // BUG: a single static DecimalFormat (not thread-safe) is used by concurrent scrape threads
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        PrometheusTextWriter writer = new PrometheusTextWriter();
        Runtime rt = Runtime.getRuntime();
        writer.register("jvm_memory_free_bytes", () -> rt.freeMemory());
        writer.register("jvm_memory_total_bytes", () -> rt.totalMemory());
        writer.register("process_load_ratio", () -> Math.random());
        ExecutorService scrapeHandlers = Executors.newFixedThreadPool(4);
        Future<?>[] scrapes = new Future<?>[200];
        for (int i = 0; i < scrapes.length; i++) {
            scrapes[i] = scrapeHandlers.submit(writer::render);
        }
        for (Future<?> f : scrapes) {
            f.get();
        }
        System.out.print(writer.render());
        scrapeHandlers.shutdown();
    }
}
