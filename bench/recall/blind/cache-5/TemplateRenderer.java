// EXPECT: double-checked-locking-non-volatile @ line 40
package probe5.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders notification e-mails from a small set of compiled templates.
 * <p>
 * Compiling the template table is comparatively expensive, so it is built lazily
 * on first use and then shared by all rendering threads.
 */
public class TemplateRenderer {

    /** Compiled templates; populated in the constructor and never modified afterwards. */
    static final class CompiledTemplates {
        private Map<String, String> bodies;
        private String fallback;

        CompiledTemplates(Map<String, String> sources) {
            bodies = new HashMap<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                bodies.put(e.getKey(), compile(e.getValue()));
            }
            fallback = compile("Hello ${name}");
        }

        private static String compile(String source) {
            return source.trim().replace("${", "{");
        }

        String body(String name) {
            return bodies.getOrDefault(name, fallback);
        }
    }

    private final Map<String, String> sources;
    private CompiledTemplates compiled; // BUG: double-checked locking on a non-volatile field; a reader may see a partially constructed CompiledTemplates

    public TemplateRenderer(Map<String, String> sources) {
        this.sources = Map.copyOf(sources);
    }

    private CompiledTemplates templates() {
        CompiledTemplates local = compiled;
        if (local == null) {
            synchronized (this) {
                local = compiled;
                if (local == null) {
                    local = new CompiledTemplates(sources);
                    compiled = local;
                }
            }
        }
        return local;
    }

    /** Renders the named template for the given recipient. */
    public String render(String template, String recipient) {
        return templates().body(template).replace("{name}", recipient);
    }

    public static void main(String[] args) throws InterruptedException {
        TemplateRenderer renderer = new TemplateRenderer(Map.of(
                "welcome", "  Welcome aboard, ${name}!  ",
                "reset", "Hi ${name}, use the link below to reset your password."));
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String user = "user" + i;
            Thread t = new Thread(() -> System.out.println(renderer.render("welcome", user)), "mailer-" + i);
            senders.add(t);
            t.start();
        }
        for (Thread t : senders) {
            t.join();
        }
    }
}
