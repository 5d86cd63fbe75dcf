package publication.volatilemutablecontents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A single writer (the reload thread) builds a new list, wraps it unmodifiable, then assigns the volatile field; elements are only read. */
public class GoodCopyOnWriteList {
    private volatile List<String> routes = Collections.emptyList();

    public void reload(List<String> fromDisk) {
        List<String> next = new ArrayList<>(fromDisk);
        next.add("/health");
        routes = Collections.unmodifiableList(next);
    }

    public boolean isRouted(String path) {
        return routes.contains(path);
    }

    public String route(int i) {
        return routes.get(i);
    }
}
