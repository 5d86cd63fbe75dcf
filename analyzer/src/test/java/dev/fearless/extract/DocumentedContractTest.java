package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Contract;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.TypeFacts;
import dev.fearless.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentedContractTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "This class is not thread-safe.|NOT_THREAD_SAFE",
        "This class isn't thread-safe.|NOT_THREAD_SAFE",
        "An implementation doesn't need to be thread-safe.|NOT_THREAD_SAFE",
        "<p><b>NOT thread safe</b>: callers must synchronize.|NOT_THREAD_SAFE",
        "Instances are not guaranteed to be thread-safe.|NOT_THREAD_SAFE",
        "Note that this implementation is not synchronized.|NOT_THREAD_SAFE",
        "The buffer must be synchronized externally if it is shared.|NOT_THREAD_SAFE",
        "This writer is designed for single-threaded use.|NOT_THREAD_SAFE",
        "The object should only be used by a single thread.|NOT_THREAD_SAFE",
        "All methods must be called by a transport implementation from an I/O thread, except these.|NOT_THREAD_SAFE",
        "All methods must be called in a thread-safe manner by the server.|THREAD_SAFE",
        "Unlike {@link Foo}, this class is not thread-safe, although Foo is thread-safe.|NOT_THREAD_SAFE",
        "This class is thread-safe.|THREAD_SAFE",
        "A cache that is safe for concurrent use.|THREAD_SAFE",
        "The registry may be shared between multiple threads.|SHARED",
        "This class is thread-safe; instances are shared between threads.|SHARED",
        "Callers on different threads may share one instance.|SHARED",
        "The handler is shared by all threads of the server.|SHARED",
        "Its methods are called concurrently by the request threads.|SHARED",
        "The parser must not be shared between threads.|NOT_THREAD_SAFE",
        "A builder; it is never used by multiple threads.|NOT_THREAD_SAFE",
        "The cursor should not be accessed concurrently.|NOT_THREAD_SAFE",
        "Holds the state of a session; the event loop's thread reads it.|NONE",
        "A synchronizer for reading the configuration.|NONE"
    })
    void contract_isReadFromTheClassComment(String sentence, Contract expected) {
        String doc = "/**\n * Something.\n * " + sentence + "\n */";
        assertEquals(expected, KnowledgeBase.jdk().documentedContract(doc), sentence);
    }

    @Test
    void classComment_givesTheTypeItsContract_evenAboveAnnotations() {
        Snippet s = Snippet.of("""
                /**
                 * A counter.
                 * This class is not thread-safe.
                 */
                @Deprecated
                class Counter {
                    /** The inner class is thread-safe. */
                    static final class Safe { }

                    static final class Plain { }
                }
                """);
        assertEquals(Contract.NOT_THREAD_SAFE, type(s, "Counter").documented());
        assertEquals(Contract.THREAD_SAFE, type(s, "Counter.Safe").documented());
        assertEquals(Contract.NONE, type(s, "Counter.Plain").documented());
    }

    @Test
    void commentAwayFromTheDeclaration_saysNothingAboutIt() {
        Snippet s = Snippet.of("""
                /** This class is not thread-safe. */

                import java.util.List;

                class Far { }
                """);
        assertEquals(Contract.NONE, type(s, "Far").documented());
    }

    @Test
    void methodComment_sayingOnlyTestsUseIt_marksTheMethodTestOnly() {
        Snippet s = Snippet.of("""
                class Metadata {
                    /** used by tests */
                    public void clearUnsafe() { }

                    /**
                     * For testing only.
                     */
                    public void reset() { }

                    /** Clears everything; used by tests too. */
                    public void clear() { }

                    /** Tests whether the key is present. */
                    public boolean has(String key) { return false; }
                }
                """);
        assertTrue(testOnly(s.method("clearUnsafe")));
        assertTrue(testOnly(s.method("reset")));
        assertFalse(testOnly(s.method("clear")));
        assertFalse(testOnly(s.method("has")));
    }

    @Test
    void lineComment_sayingTheMethodIsPublicForTesting_marksTheMethodTestOnly() {
        Snippet s = Snippet.of("""
                class Herder {
                    // public for testing
                    public void tick() { }

                    // Visible for testing
                    void poll() { }

                    // exposed for tests
                    public void drain() { }

                    // Made public so the loop can call it; tests call it too.
                    public void step() { }
                }
                """);
        assertTrue(testOnly(s.method("tick")));
        assertTrue(testOnly(s.method("poll")));
        assertTrue(testOnly(s.method("drain")));
        assertFalse(testOnly(s.method("step")));
    }

    @Test
    void classComment_sayingItsMethodsRunOnOneThread_marksEachMethodCallerConfined() {
        Snippet s = Snippet.of("""
                class Herder {
                    // Rebalances are triggered internally from the group member, so these are always executed in the work thread.
                    class RebalanceListener {
                        void onAssigned() { }
                        void onRevoked() { }
                    }

                    // Listens to the group member; called from any thread.
                    class StatusListener {
                        void onFailure() { }
                    }

                    /** An event bus. Handlers are always invoked on the UI dispatch thread. */
                    class EventBus {
                        void subscribe() { }
                    }
                }
                """);
        TypeFacts rebalance = s.type("Herder.RebalanceListener");
        assertTrue(callerConfined(Snippet.method(rebalance, "onAssigned")));
        assertTrue(callerConfined(Snippet.method(rebalance, "onRevoked")));
        assertFalse(callerConfined(Snippet.method(s.type("Herder.StatusListener"), "onFailure")));
        assertFalse(callerConfined(Snippet.method(s.type("Herder.EventBus"), "subscribe")));
    }

    @Test
    void methodComment_sayingItsExecutorRunsOneTaskAtATime_marksTheMethodSerial() {
        Snippet s = Snippet.of("""
                interface Executors {
                    /** Configure a sequential (single threaded) executor. */
                    Builder configureSequential(String name);

                    /**
                     * Returns an Executor that runs each task executed sequentially, such that no two tasks
                     * are running concurrently.
                     */
                    Executor newSequentialExecutor(Executor delegate);

                    /** Returns a single-thread executor for the writer. */
                    Executor writer();

                    /** Returns a pool of the given number of threads: its tasks run concurrently. */
                    Executor pooled(int threads);

                    /** Returns the executor the tasks run on. */
                    Executor executor();

                    /** Returns the pool for the flushes, which must not be a single-threaded executor. */
                    Executor flushes();

                    /** Returns a pool, unlike a sequential executor: its tasks overlap. */
                    Executor overlapping();
                }
                """);
        assertTrue(serial(s.method("configureSequential")));
        assertTrue(serial(s.method("newSequentialExecutor")));
        assertTrue(serial(s.method("writer")));
        assertFalse(serial(s.method("executor")));
        assertFalse(serial(s.method("pooled")));
        assertFalse(serial(s.method("flushes")));
        assertFalse(serial(s.method("overlapping")));
    }

    @Test
    void methodComment_sayingOnlyTheCallersThreadMayRunIt_marksTheMethodCallerConfined() {
        Snippet s = Snippet.of("""
                class Engine {
                    /**
                     * This method is intentionally not synchronized, only use if you know you are in the
                     * EventLoop thread.
                     */
                    int maxLength(int n) { return n; }

                    /** Must be called from the reader thread. */
                    void drain() { }

                    /** Appends the records. This method is not thread-safe and must be protected with a lock. */
                    void append() { }

                    /** Wraps the data; synchronized, so any thread may call it. */
                    synchronized void wrap() { }

                    /** Reserves space. This may only be invoked by the writer thread, never by the event loop. */
                    void reserve() { }

                    /** Retires the signal. Should only be called by the owning thread. */
                    void retire() { }

                    /** Flushes; may be called by the writer thread or any other. */
                    void flush() { }

                    /** Relays an event. This method is exclusively called on the event-loop thread. */
                    void relay() { }

                    /** Reads. Must be called from the event-loop thread. */
                    void read() { }
                }
                """);
        assertTrue(callerConfined(s.method("relay")));
        assertTrue(callerConfined(s.method("read")));
        assertTrue(callerConfined(s.method("reserve")));
        assertTrue(callerConfined(s.method("retire")));
        assertFalse(callerConfined(s.method("flush")));
        assertTrue(callerConfined(s.method("maxLength")));
        assertTrue(callerConfined(s.method("drain")));
        assertTrue(callerConfined(s.method("append")));
        assertFalse(callerConfined(s.method("wrap")));
    }

    @Test
    void methodComment_sayingItsResultIsSafeOnlyUnderTheCallersLock_marksTheMethodCallerConfined() {
        Snippet s = Snippet.of("""
                class Writer {
                    /**
                     * The returned collection is not cloned, and thus is only safe to access if you hold
                     * IndexWriter's lock.
                     */
                    java.util.Set<String> merging() { return null; }

                    /** The caller must hold the writer's lock. */
                    void checkpoint() { }

                    /** Takes the writer's lock and returns a copy, safe to access from any thread. */
                    java.util.Set<String> copy() { return null; }
                }
                """);
        assertTrue(callerConfined(s.method("merging")));
        assertTrue(callerConfined(s.method("checkpoint")));
        assertFalse(callerConfined(s.method("copy")));
    }

    @Test
    void methodComment_sayingItsCallsAreNotToOverlap_marksTheMethodSerialCalls() {
        Snippet s = Snippet.of("""
                interface Source {
                    /**
                     * Reads a chunk.
                     * <p>Concurrent reads from different threads are not recommended, as they are
                     * inherently in a race condition.</p>
                     */
                    Object read();

                    /** This method must not be called concurrently. */
                    void rewind();

                    /** Note that close() should not be invoked concurrently while polling. */
                    void poll();

                    /** Concurrent reads are supported. */
                    Object peek();
                }
                """);
        assertTrue(serialCalls(s.method("read")));
        assertTrue(serialCalls(s.method("rewind")));
        assertFalse(serialCalls(s.method("poll")), "a sentence about another method's calls");
        assertFalse(serialCalls(s.method("peek")));
    }

    private static boolean serialCalls(MethodFacts m) {
        return Modifiers.has(m.modifiers(), Modifiers.SERIAL_CALLS);
    }

    private static boolean callerConfined(MethodFacts m) {
        return Modifiers.has(m.modifiers(), Modifiers.CALLER_CONFINED);
    }

    private static boolean serial(MethodFacts m) {
        return Modifiers.has(m.modifiers(), Modifiers.SERIAL_EXECUTOR);
    }

    private static boolean testOnly(MethodFacts m) {
        return Modifiers.has(m.modifiers(), Modifiers.TEST_ONLY);
    }

    @Test
    void commentSayingARaceIsDeliberate_marksTheFieldAndTheStatementBelowIt() {
        Snippet s = Snippet.of("""
                class Global {
                    // deliberately not volatile to ensure zero overhead outside of testing
                    private static Object factory;
                    private Object plain;
                    // "cached" does not need to be volatile; visibility piggy-backs on the lock
                    private Object cached;
                    private Object task;

                    void clear() {
                        // in which case it's a benign race with cancellation
                        // and the (null) value is not used
                        task = null;
                        plain = null;
                        // this is not a benign race: the listener must see it
                        cached = null;
                    }
                }
                """);
        TypeFacts global = type(s, "Global");
        assertTrue(Modifiers.has(global.fields().get(0).modifiers(), Modifiers.DELIBERATE_RACE));
        assertFalse(Modifiers.has(global.fields().get(1).modifiers(), Modifiers.DELIBERATE_RACE));
        assertTrue(Modifiers.has(global.fields().get(2).modifiers(), Modifiers.DELIBERATE_RACE));
        assertTrue(s.facts().deliberateRace(12));
        assertFalse(s.facts().deliberateRace(13));
        assertFalse(s.facts().deliberateRace(15));
    }

    @Test
    void commentSayingOneExecutorAccessesAField_marksItOrTheRunOfFieldsBelowIt_notALockOrAnyThread() {
        Snippet s = Snippet.of("""
                class Resolver {
                    // Following fields must be accessed from syncContext
                    private boolean resolved;
                    private Object executor;

                    /** True if using an executor resource that should be released after use. */
                    private boolean usingResource;
                    private boolean resolving;

                    Resolver() {
                    }

                    private int plain;
                    // Only accessed from callExecutor.
                    private Object listener;
                    // Must be accessed under lock
                    private Object guarded;
                    // can be accessed from any thread
                    private Object shared;
                    /** Must only be used from the reader thread. */
                    private Object buffer;
                    // are only accessed by the sender thread, so we don't need to protect them
                    private Object muted;
                    // only used in tests
                    private Object probe;
                    // Must be mutated and read from constructor or syncContext
                    private Object lastConfig;
                }
                """);
        var fields = type(s, "Resolver").fields();
        java.util.function.Predicate<String> confined = name -> fields.stream().filter(f -> f.name().equals(name))
                .anyMatch(f -> Modifiers.has(f.modifiers(), Modifiers.CONFINED_FIELD));
        for (String name : java.util.List.of("resolved", "executor", "usingResource", "resolving", "listener", "buffer", "muted", "lastConfig")) {
            assertTrue(confined.test(name), name);
        }
        for (String name : java.util.List.of("plain", "guarded", "shared", "probe")) {
            assertFalse(confined.test(name), name);
        }
    }

    private static TypeFacts type(Snippet s, String simpleName) {
        return s.facts().types().stream().filter(t -> t.name().endsWith(simpleName)).findFirst().orElseThrow();
    }
}
