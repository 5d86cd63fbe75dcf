// EXPECT: race-write @ line 16
package recall;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class TemplateCache {
    private final Map<String, Template> cache = new HashMap<>();

    public Template get(String name) {
        Template t = cache.get(name);
        if (t == null) {
            t = Template.compile(name);
            cache.put(name, t);
        }
        return t;
    }

    public static final class Template {
        final String source;

        private Template(String source) {
            this.source = source;
        }

        static Template compile(String name) {
            return new Template("<compiled " + name + ">");
        }

        String render(Object model) {
            return source + model;
        }
    }

    public static void main(String[] args) {
        TemplateCache tc = new TemplateCache();
        ExecutorService requests = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 10_000; i++) {
            final String page = "page" + (i % 200);
            requests.submit(() -> tc.get(page).render("model"));
        }
        requests.shutdown();
    }
}
