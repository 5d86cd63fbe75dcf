package publication.thisescape;

import java.util.concurrent.ExecutorService;

/**
 * The anonymous task submitted from the constructor reads a field of the object being built, assigned
 * only after the submit: the pool's thread can see it unset.
 */
public class BadAnonymousTaskReadsLaterField {
    private final Cache cache;
    private String label;

    public BadAnonymousTaskReadsLaterField(ExecutorService executor, Cache cache, String label) {
        this.cache = cache;
        executor.execute(new Runnable() { // expect: ThisEscape['an anonymous `Runnable` that holds `this`'], ThisEscape['`label` is assigned only after it']
            @Override
            public void run() {
                cache.cleanup(label());
            }
        });
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A row cache. */
    public static final class Cache {
        public void cleanup(String who) {
            System.out.println("cleaning up the row cache for " + who);
        }
    }
}
