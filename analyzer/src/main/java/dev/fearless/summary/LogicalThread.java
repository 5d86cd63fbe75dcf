package dev.fearless.summary;

import dev.fearless.facts.Position;

/**
 * A logical thread that can run the program's code: the client threads that call a shared class's
 * public API, the request threads of a container singleton, a task handed to an executor, a dedicated
 * thread, an event loop or single-thread executor (one thread, whatever runs on it), a parallel
 * stream's workers, or {@code main}. Two logical threads are the same when their kind and key are
 * equal; {@code description} says, for messages, which thread it is and why (where the task is handed
 * over, which class's API). {@code path} and {@code pos} locate that reason, when it has a place.
 */
public record LogicalThread(Kind kind, String key, String description, String path, Position pos) {

    /** Kinds of logical thread. */
    public enum Kind {
        /** Threads of the clients of a class meant to be shared: any number, at once. */
        CLIENT,
        /**
         * The clients of a class meant to be shared, entering at methods the program itself calls: any
         * number at once, by the class's design, though the program's own callers may be fewer.
         */
        CALLED_CLIENT,
        /** The request threads of a container singleton (servlet, Spring bean): any number, at once. */
        REQUEST,
        /** A task handed to an executor (or a timer, an async stage) at one place. */
        TASK,
        /** A thread of its own: a {@code Thread} subclass's body, a thread started at one place. */
        THREAD,
        /** A single-thread executor or a timer: everything handed to it runs on its one thread. */
        LOOP,
        /**
         * An event loop that owns the objects bound to it (netty's {@code EventExecutor}): a channel, its
         * pipeline, its handlers and the tasks they hand it run on that one loop for their whole life, so
         * an object only event loops use is used by one of them, however the code names it.
         */
        EVENT_LOOP,
        /** The workers of a parallel stream, running one stage at once. */
        PARALLEL,
        /** The thread that runs {@code main}. */
        MAIN,
        /**
         * The event loops of the channels a pipeline handler class serves, seen from state its instances
         * share (a static field): each instance runs on its own channel's loop, so any number at once.
         */
        CHANNELS
    }

    /** What the key of client threads starts with, before the name of the class whose API they call. */
    static final String CLIENT_KEY = "client:";

    /**
     * The qualified name of the class whose API these client threads call ({@link Kind#CLIENT},
     * {@link Kind#CALLED_CLIENT}); {@code null} for any other thread.
     */
    public String clientsOf() {
        return (kind == Kind.CLIENT || kind == Kind.CALLED_CLIENT) && key.startsWith(CLIENT_KEY)
                ? key.substring(CLIENT_KEY.length()) : null;
    }

    /** Whether this logical thread is, by its nature, several threads at once (clients, requests, stream workers). */
    public boolean alwaysMany() {
        return kind == Kind.CLIENT || kind == Kind.CALLED_CLIENT || kind == Kind.REQUEST || kind == Kind.PARALLEL
                || kind == Kind.CHANNELS;
    }

    /** Whether this is one executor's own thread: a single-thread executor, a timer or an event loop. */
    public boolean oneExecutor() {
        return kind == Kind.LOOP || kind == Kind.EVENT_LOOP;
    }

    /** Whether this is the same logical thread as {@code other}. */
    public boolean same(LogicalThread other) {
        return kind == other.kind && key.equals(other.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogicalThread t && same(t);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + key.hashCode();
    }
}
