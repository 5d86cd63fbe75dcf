package dev.fearless.summary;

/**
 * A lock as the whole program names it, independent of any method's frame: the monitor of any instance
 * of a class ({@code Account.this}), a lock field of any instance ({@code Cache.lock}), a class
 * ({@code Registry.class}), or any object of a type reached through a parameter or local (dynamic: its
 * order depends on the arguments). Nodes of the lock-order graph.
 */
public record GlobalLock(String key, String display, boolean dynamic) implements Comparable<GlobalLock> {

    @Override
    public int compareTo(GlobalLock o) {
        return key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return display;
    }
}
