// EXPECT: unsafe-lazy-init @ line 45
package probe11a; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Provides the compiled report templates used by the reporting endpoints. The catalog is
 * expensive to build (it parses every template on disk), so it is created on first use.
 * Report requests are served concurrently by the HTTP worker pool.
 */
public class ReportTemplateRegistry {

    static final AtomicInteger CATALOG_BUILDS = new AtomicInteger();

    static final class TemplateCatalog {
        private Map<String, String> compiled;
        private int version;

        TemplateCatalog(Map<String, String> sources, int version) {
            this.compiled = new HashMap<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                compiled.put(e.getKey(), e.getValue().trim().toUpperCase());
            }
            this.version = version;
            CATALOG_BUILDS.incrementAndGet();
        }

        String render(String name, String body) {
            String header = compiled.get(name);
            return header == null ? body : header + "\n" + body + "\n(v" + version + ")";
        }
    }

    private final Map<String, String> sources;
    private TemplateCatalog catalog;

    public ReportTemplateRegistry(Map<String, String> sources) {
        this.sources = Map.copyOf(sources);
    }

    public TemplateCatalog catalog() {
        if (catalog == null) { // BUG: unsynchronized lazy initialization; racing threads build separate catalogs and may see a partially published one
            catalog = new TemplateCatalog(sources, 1);
        }
        return catalog;
    }

    public String renderReport(String template, String body) {
        return catalog().render(template, body);
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> sources = new HashMap<>();
        sources.put("sales", " quarterly sales ");
        sources.put("inventory", " stock levels ");
        ReportTemplateRegistry registry = new ReportTemplateRegistry(sources);

        ExecutorService httpWorkers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 64; i++) {
            String name = (i % 2 == 0) ? "sales" : "inventory";
            int requestNo = i;
            httpWorkers.execute(() -> {
                String out = registry.renderReport(name, "request " + requestNo);
                if (out.isEmpty()) {
                    System.err.println("empty report");
                }
            });
        }
        httpWorkers.shutdown();
        httpWorkers.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("catalog built " + CATALOG_BUILDS.get() + " time(s)");
    }
}
