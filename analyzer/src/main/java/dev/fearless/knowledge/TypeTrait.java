package dev.fearless.knowledge;

/** What the knowledge base knows about a library type. */
public enum TypeTrait {
    /** Its instances never change after construction: always safe to share. */
    IMMUTABLE,
    /** Its instances may be shared and used by several threads without external locking. */
    THREADSAFE,
    /** Mutable and not thread-safe: may be shared only under a lock. */
    UNSAFE,
    ATOMIC, CONCURRENT, LOCK, RWLOCK, CONDITION, SYNCHRONIZER, FUTURE, EXECUTOR, THREAD, RUNNABLE,
    FUNCTIONAL, COLLECTION, MAP, QUEUE,
    /** A blocking queue without a bound when made without a capacity argument: its put never waits. */
    UNBOUNDED_QUEUE,
    /** A collection that keeps one copy of each element: adding one it already holds changes nothing. */
    SET,
    /** An enum: its static fields are its constants, each an instance of the type ({@code TimeUnit.SECONDS}). */
    ENUM,
    /**
     * A functional type whose function takes its type arguments as parameters, in order
     * ({@code Consumer<T>}, {@code BiFunction<T, U, R>}: not {@code IntFunction<R>}, whose argument is its result).
     */
    ARGUMENT_PARAMS,
    /** Its methods synchronize on the instance itself (Vector, Hashtable, StringBuffer...). */
    SYNCHRONIZED,
    /** A non-thread-safe formatter, parser or digest that is tempting to keep in a static field. */
    FORMAT,
    THREADLOCAL, STREAM, STRINGBUILDER, TIMER, FORKJOIN,
    /** A StructuredTaskScope (JDK 21+ preview): forks subtasks, joins them, and must be closed. */
    STRUCTURED_SCOPE,
    /**
     * An executor that runs every task on one thread of its own (an event loop, a {@code Timer}): all
     * the tasks handed to one instance run on one logical thread, one after the other.
     */
    EVENT_LOOP,
    /**
     * A handler of a channel pipeline (netty's {@code ChannelHandler}): unless shared between channels
     * ({@link AnnotationTrait#SHARED_HANDLER}), the framework runs its callbacks on its context's executor,
     * the one thread of the channel's event loop.
     */
    PIPELINE_HANDLER,
    /** The context a pipeline handler's callbacks receive as their first parameter (netty's {@code ChannelHandlerContext}). */
    HANDLER_CONTEXT,
    /**
     * An instance of exactly this class has no state at all (a plain {@code new Object()}, kept as a
     * monitor): nothing in it can be shared or change. Not inherited: subclasses add state.
     */
    STATELESS,
    /** A logging or printing sink: an exception handed to it is shown to people, not to the program. */
    LOGGER,
    /**
     * The wrapper of a primitive ({@code Integer}, {@code Boolean}): {@code valueOf} and autoboxing hand
     * out instances the JVM caches and shares.
     */
    BOXED,
    /** A CompletionStage: its stages run on whichever thread completes it, or on an executor for the async ones. */
    COMPLETION_STAGE,
    /**
     * A request handler the container creates once and calls on every request's thread (a servlet, a
     * servlet filter): its instance fields are shared by all requests at once.
     */
    REQUEST_SINGLETON,
    /**
     * The exception a list throws for a position it no longer has ({@code IndexOutOfBoundsException}):
     * code that catches it around a read by position expects the list to shrink meanwhile.
     */
    POSITION_GONE
}
