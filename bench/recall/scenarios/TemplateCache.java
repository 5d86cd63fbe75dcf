// EXPECT: race-write @ line 51
package recall2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Caches compiled page templates. The cache is populated lazily by the request threads
 * of the web container the first time a template is rendered.
 */
public class TemplateCache {

    public interface TemplateLoader {
        String loadSource(String name) throws IOException;
    }

    public static final class Template {
        private final String name;
        private final String[] parts;

        Template(String name, String source) {
            this.name = name;
            this.parts = source.split("\\$\\{[^}]*}");
        }

        public String render() {
            return String.join("", parts);
        }

        public String name() {
            return name;
        }
    }

    private final Map<String, Template> templates = new HashMap<>();
    private final TemplateLoader loader;

    public TemplateCache(TemplateLoader loader) {
        this.loader = loader;
    }

    public Template getTemplate(String name) throws IOException {
        Template t = templates.get(name);
        if (t == null) {
            t = new Template(name, loader.loadSource(name));
            templates.put(name, t);
        }
        return t;
    }

    public int size() {
        return templates.size();
    }

    public static void main(String[] args) throws InterruptedException {
        TemplateCache cache = new TemplateCache(name -> "<html>${title}" + name + "</html>");
        ExecutorService requestThreads = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 10_000; i++) {
            final String page = "page-" + (i % 500);
            requestThreads.execute(() -> {
                try {
                    cache.getTemplate(page).render();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("cached templates: " + cache.size());
    }
}
