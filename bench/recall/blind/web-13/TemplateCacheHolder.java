// EXPECT: none
package probe13b; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/*
 * Lazily created, process-wide cache of compiled page templates.
 * get() and render() are called concurrently by request threads.
 */
public class TemplateCacheHolder {

    public record CompiledTemplate(String name, String source, long compiledAtMillis) {
    }

    private static volatile TemplateCacheHolder instance; // OK: volatile write/read gives happens-before, so the constructor's writes are visible to readers

    private Map<String, CompiledTemplate> compiled;
    private String templateRoot;

    private TemplateCacheHolder(String templateRoot) {
        this.compiled = new ConcurrentHashMap<>();
        this.templateRoot = templateRoot;
    }

    public static TemplateCacheHolder get() {
        TemplateCacheHolder local = instance;
        if (local == null) {
            synchronized (TemplateCacheHolder.class) {
                local = instance;
                if (local == null) {
                    local = new TemplateCacheHolder(System.getProperty("templates.root", "/WEB-INF/templates"));
                    instance = local;
                }
            }
        }
        return local;
    }

    public String render(String name, Map<String, String> model) {
        CompiledTemplate template = compiled.computeIfAbsent(name, n -> new CompiledTemplate(n,
                "loaded from " + templateRoot + "/" + n + " ${user}", System.currentTimeMillis()));
        String out = template.source();
        for (Map.Entry<String, String> e : model.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    public void invalidate(String name) {
        compiled.remove(name);
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            String page = "page-" + (i % 10) + ".html";
            requestThreads.execute(() -> TemplateCacheHolder.get().render(page, Map.of("user", "anon")));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
