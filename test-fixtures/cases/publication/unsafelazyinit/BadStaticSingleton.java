package publication.unsafelazyinit;

import java.util.ArrayDeque;
import java.util.Deque;

/** Lazy static singleton without a lock: two threads can both see null and build two pools. */
public class BadStaticSingleton {
    private static BadStaticSingleton instance;

    private final Deque<String> idle = new ArrayDeque<>();

    private BadStaticSingleton() {
        idle.push("conn-1");
        idle.push("conn-2");
    }

    public static BadStaticSingleton getInstance() {
        if (instance == null) {
            instance = new BadStaticSingleton(); // expect: UnsafeLazyInit['static `instance` is lazily initialized without a lock, and it is shared by every thread']
        }
        return instance;
    }

    public int idleCount() {
        return idle.size();
    }
}
