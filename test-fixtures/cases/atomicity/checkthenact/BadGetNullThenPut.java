package atomicity.checkthenact;

import java.util.concurrent.ConcurrentHashMap;

/** A cache that loads on a null get() and then puts: concurrent misses load twice and the later put overwrites the earlier one. */
public class BadGetNullThenPut {
    private final ConcurrentHashMap<String, String> templates = new ConcurrentHashMap<>();

    public void warm(String name) {
        if (templates.get(name) == null) {
            templates.put(name, load(name)); // expect: CheckThenAct
        }
    }

    private static String load(String name) {
        return "<template " + name + ">";
    }
}
