package races.unguardedread;

import java.util.ArrayList;
import java.util.List;

/** Reads a guarded list through stream lambdas that run on the calling thread, inside the synchronized method. */
public class GoodStreamUnderMonitor {
    private final List<String> names = new ArrayList<>();
    private int minLength = 1;

    public synchronized void add(String name) {
        names.add(name);
    }

    public synchronized void setMinLength(int minLength) {
        this.minLength = minLength;
    }

    public synchronized long countValid() {
        return names.stream().filter(n -> n.length() >= minLength).count();
    }
}
