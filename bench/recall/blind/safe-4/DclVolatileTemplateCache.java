// EXPECT: none
package probe4.safe;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// E-mail renderer that lazily compiles its (expensive) template set on first render.
// OK: double-checked locking done right -- the field is volatile, read once into a local, and the object is fully built before the volatile write
public class DclVolatileTemplateCache {

    static final class CompiledTemplates {
        private final Map<String, String[]> parts = new HashMap<>();

        CompiledTemplates(Map<String, String> sources) {
            for (Map.Entry<String, String> e : sources.entrySet()) {
                parts.put(e.getKey(), e.getValue().split("\\{\\{name}}", -1));
            }
        }

        String render(String template, String name) {
            String[] p = parts.get(template);
            return p == null ? "" : String.join(name, p);
        }
    }

    private final Map<String, String> sources;
    private final AtomicInteger compilations = new AtomicInteger();
    private volatile CompiledTemplates compiled;

    public DclVolatileTemplateCache(Map<String, String> sources) {
        this.sources = Map.copyOf(sources);
    }

    private CompiledTemplates templates() {
        CompiledTemplates local = compiled;
        if (local == null) {
            synchronized (this) {
                local = compiled;
                if (local == null) {
                    compilations.incrementAndGet();
                    local = new CompiledTemplates(sources);
                    compiled = local;
                }
            }
        }
        return local;
    }

    public String render(String template, String name) {
        return templates().render(template, name);
    }

    public static void main(String[] args) throws InterruptedException {
        DclVolatileTemplateCache cache = new DclVolatileTemplateCache(Map.of(
                "welcome", "Hello {{name}}, welcome aboard!",
                "reset", "Hi {{name}}, click the link to reset. Bye {{name}}."));
        ExecutorService mailers = Executors.newFixedThreadPool(8);
        AtomicInteger rendered = new AtomicInteger();
        for (int i = 0; i < 2000; i++) {
            final String user = "user" + i;
            mailers.execute(() -> {
                if (cache.render(rendered.get() % 2 == 0 ? "welcome" : "reset", user).contains(user)) {
                    rendered.incrementAndGet();
                }
            });
        }
        mailers.shutdown();
        mailers.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("rendered=" + rendered.get() + " compilations=" + cache.compilations.get());
    }
}
