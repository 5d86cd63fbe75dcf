package publication.unsafepublication;

import java.util.HashMap;
import java.util.Map;

/** The mutable map is stored in a final field in the constructor and the thread is started afterwards: safely published. */
public class GoodFinalFromConstructor {
    private final Map<String, Integer> limits;
    private Map<String, Integer> defaults;

    public GoodFinalFromConstructor(Map<String, Integer> initial) {
        this.limits = new HashMap<>(initial);
        this.defaults = new HashMap<>(initial);
    }

    public Thread startAuditor() {
        Thread t = new Thread(() -> System.out.println(limits.size() + " limits, " + defaults.size() + " defaults"));
        t.start();
        return t;
    }
}
