package publication.unsafelazyinit;

import java.util.HashMap;
import java.util.Map;

/** Initialization-on-demand holder: the JVM's class initialization lock makes the lazy creation safe. */
public final class GoodHolderIdiom {
    private final Map<String, Integer> ports = new HashMap<>();

    private GoodHolderIdiom() {
        ports.put("http", 80);
        ports.put("https", 443);
    }

    private static final class Holder {
        static final GoodHolderIdiom INSTANCE = new GoodHolderIdiom();
    }

    public static GoodHolderIdiom getInstance() {
        return Holder.INSTANCE;
    }

    public int portOf(String scheme) {
        return ports.getOrDefault(scheme, -1);
    }
}
