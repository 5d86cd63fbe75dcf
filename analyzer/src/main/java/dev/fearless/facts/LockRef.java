package dev.fearless.facts;

/**
 * A lock, as a method sees it: the monitor of an object or of a class, or a java.util.concurrent lock
 * (plain, or the read or write view of a ReadWriteLock) stored at an access path.
 */
public record LockRef(Kind kind, AccessPath path, String className) implements Comparable<LockRef> {

    public LockRef {
        className = className.intern();
    }

    /** Kinds of lock. */
    public enum Kind {
        /** The monitor of the object at {@code path} ({@code synchronized (x)} or a synchronized method). */
        MONITOR,
        /** The monitor of the class {@code className} (a static synchronized method, {@code Foo.class}). */
        CLASS,
        /** A {@code java.util.concurrent.locks.Lock} at {@code path}. */
        LOCK,
        /** The read lock of the ReadWriteLock at {@code path}. */
        READ,
        /** The write lock of the ReadWriteLock at {@code path}. */
        WRITE
    }

    public static LockRef monitor(AccessPath path) {
        return new LockRef(Kind.MONITOR, path, "");
    }

    public static LockRef classMonitor(String className) {
        return new LockRef(Kind.CLASS, null, className);
    }

    public static LockRef lock(Kind kind, AccessPath path) {
        return new LockRef(kind, path, "");
    }

    /** Whether this is the monitor of {@code this}. */
    public boolean isThisMonitor() {
        return kind == Kind.MONITOR && path.isThis();
    }

    /** Whether holding this lock excludes a holder of {@code other} (same lock, or write vs read of one RW lock). */
    public boolean excludes(LockRef other) {
        if (equals(other)) {
            return kind != Kind.READ;
        }
        return (kind == Kind.WRITE && other.kind == Kind.READ || kind == Kind.READ && other.kind == Kind.WRITE)
                && path.equals(other.path);
    }

    @Override
    public int compareTo(LockRef o) {
        int c = kind.compareTo(o.kind);
        if (c != 0) {
            return c;
        }
        if (path == null || o.path == null) {
            return path == null ? (o.path == null ? className.compareTo(o.className) : -1) : 1;
        }
        c = path.compareTo(o.path);
        return c != 0 ? c : className.compareTo(o.className);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MONITOR -> path.toString();
            case CLASS -> simple(className) + ".class";
            case LOCK -> path.toString();
            case READ -> path + ".readLock()";
            case WRITE -> path + ".writeLock()";
        };
    }

    private static String simple(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
