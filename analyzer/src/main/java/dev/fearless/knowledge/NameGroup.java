package dev.fearless.knowledge;

/**
 * Groups of member names that say how a call touches a JDK container, builder, date or atomic, and the
 * naming conventions of frameworks and libraries. A row's word may be a pattern: {@code set*} is a
 * prefix, {@code *Async} a suffix.
 */
public enum NameGroup {
    COLLECTION_WRITE, COLLECTION_READ, COLLECTION_ITERATE, COLLECTION_VIEW,
    /** Writes that store their last argument as an element (or a map's value). */
    COLLECTION_INSERT,
    BUILDER_WRITE, BUILDER_READ, DATE_WRITE, ATOMIC_READ, ATOMIC_WRITE, ATOMIC_UPDATE,
    /** Atomic writes that set a value and order what came before them, as a volatile write does (not {@code setPlain}). */
    ATOMIC_RELEASE,
    /** Atomic reads that see what came before a release of the value, as a volatile read does (not {@code getOpaque}). */
    ATOMIC_ACQUIRE,
    /** Calls that only describe a formatter, parser or digest (its pattern, its settings): every other call changes it. */
    FORMAT_READ,
    /** Views of a map's keys, values or entries, backed by the map. */
    MAP_VIEW,
    /** Calls that return an iterator over their receiver's elements. */
    ITERATOR,
    /** Reads whose answer a caller may act on: a check before a check-then-act ({@code containsKey}, {@code get}). */
    CHECK,
    /** Writes a caller may make depending on a check: the act of a check-then-act ({@code put}, {@code set}). */
    ACT,
    /** Calls that say how many elements a collection has: an index computed from them is valid only then. */
    SIZE_CHECK,
    /** Calls that use an element position, which another thread's removal can make invalid ({@code get(i)}). */
    INDEX_ACT,
    /**
     * Calls that take a key's entry out of a map and hand back its value, {@code null} when another call
     * took it first ({@code remove(key)}).
     */
    KEYED_TAKE,
    /** Calls that replace the element at a position given first, without changing the size ({@code list.set(i, v)}). */
    SLOT_WRITE,
    /** Atomic updates that add to the value whatever it is ({@code incrementAndGet}, {@code addAndGet}): no bound holds for them. */
    ATOMIC_STEP,
    /** An atomic's compare-and-set ({@code compareAndSet}, {@code weakCompareAndSet}): true when it made the change. */
    COMPARE_AND_SET,
    /** Calls that can make a collection smaller ({@code remove}, {@code clear}, {@code poll}). */
    COLLECTION_SHRINK,
    /**
     * Calls that add, remove or test members without handing any element out ({@code add}, {@code contains},
     * {@code size}; {@code remove(Object)}, which answers a boolean).
     */
    COLLECTION_MEMBERSHIP,
    /** The static constants of a boxed type that the whole JVM shares ({@code Boolean.TRUE}). */
    SHARED_CONSTANT,
    /** Methods that by convention change or set up their receiver ({@code setX}, {@code initX}, {@code start}). */
    MUTATOR,
    /** A JavaBeans property setter: a container may call it to inject a value. */
    PROPERTY_SETTER,
    /**
     * Framework callbacks that set a singleton up once, before it serves requests (Servlet.init,
     * Spring's afterPropertiesSet), or tear it down once, after the last request ended (Servlet.destroy).
     */
    LIFECYCLE_CALLBACK,
    /** Methods that by convention set an object up before it is put to use (init, doStart). */
    SETUP,
    /** Methods that by convention stop an object's work for good (stop, shutdown, destroy). */
    TEARDOWN,
    /** Members that by convention exist only for tests ({@code resetForTesting}). */
    TEST_ONLY,
    /** Methods that by convention are wait primitives ({@code await*}, {@code wait*}): their callers own the loop. */
    WAIT_PRIMITIVE,
    /** CompletableFuture methods that run their function as a task of an executor ({@code thenApplyAsync}). */
    ASYNC,
    /**
     * Package name segments that by convention mark a project's own code, not meant for callers outside
     * it ({@code internal}, {@code internals}).
     */
    INTERNAL_PACKAGE,
    /**
     * The JDK's exceptions the compiler does not make callers handle (simple names): a RuntimeException,
     * an Error and their common subclasses. A program exception is unchecked when its superclass chain
     * reaches one of them.
     */
    UNCHECKED_EXCEPTION,
    /**
     * Errors code throws itself only for a state it holds impossible ({@code throw new AssertionError()} in a
     * branch no value reaches): a failure nobody handles by design, not one a caller is meant to see.
     */
    IMPOSSIBLE_STATE,
    /**
     * Object's methods that whatever keeps an object may call on it, whatever type it sees it as
     * ({@code equals}, {@code hashCode}, {@code toString}).
     */
    OBJECT_METHODS
}
