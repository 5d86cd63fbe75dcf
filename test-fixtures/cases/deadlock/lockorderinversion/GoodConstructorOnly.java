package deadlock.lockorderinversion;

/** The constructor holds the new session's monitor while it reserves a slot from the pool, and the pool later calls the session under its own monitor: the constructor's "opposite order" cannot deadlock, since no other thread can hold the monitor of an object still under construction. */
public final class GoodConstructorOnly {
    private int slot;

    public GoodConstructorOnly(SlotPool pool) {
        synchronized (this) {
            slot = pool.reserve();
        }
    }

    public synchronized int slot() {
        return slot;
    }
}

/** Hands out slot numbers and describes sessions while holding its own monitor. */
final class SlotPool {
    private int next;

    synchronized int reserve() {
        return next++;
    }

    synchronized String describe(GoodConstructorOnly session) {
        return "slot " + session.slot() + " of " + next;
    }
}
