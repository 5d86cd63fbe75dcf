package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

/** Which threads run a method on an object others can reach ({@link SharedThreads}, {@link FreshReceivers}). */
class SharedThreadsTest {

    private static boolean shared(Analyzed a, String type, String method) {
        MethodInfo m = a.method(type, method);
        return !SharedThreads.of(a.program(), a.summaries().threads()).threadsAt(m, m.facts().pos()).isEmpty();
    }

    @Test
    void methodOnlyRunOnAFreshLocalBeforeItIsPublished_runsOnNoSharedObject() {
        Analyzed a = Analyzed.of("""
                import java.util.*;
                class Batch {
                    private boolean any;
                    public void add(int d) { any = true; }
                    synchronized boolean any() { return any; }
                }
                public class Owner {
                    private final List<Batch> out = new ArrayList<>();
                    public synchronized void apply(int[] docs) {
                        Batch b = new Batch();
                        for (int d : docs) { b.add(d); }
                        synchronized (out) { out.add(b); }
                    }
                }
                """);
        assertFalse(shared(a, "Batch", "add"));
    }

    @Test
    void methodRunAfterPublication_orAfterACallThatLetsThisEscape_runsOnASharedObject() {
        Analyzed after = Analyzed.of("""
                import java.util.*;
                class Batch {
                    private boolean any;
                    public void add(int d) { any = true; }
                }
                public class Owner {
                    private final List<Batch> out = new ArrayList<>();
                    public synchronized void apply(int d) {
                        Batch b = new Batch();
                        synchronized (out) { out.add(b); }
                        b.add(d);
                    }
                }
                """);
        assertTrue(shared(after, "Batch", "add"));
        Analyzed leak = Analyzed.of("""
                import java.util.*;
                class Batch {
                    static final List<Batch> ALL = new ArrayList<>();
                    private boolean any;
                    void register() { ALL.add(this); }
                    public void add(int d) { any = true; }
                }
                public class Owner {
                    public synchronized void apply(int d) {
                        Batch b = new Batch();
                        b.register();
                        b.add(d);
                    }
                }
                """);
        assertTrue(shared(leak, "Batch", "add"));
    }

    @Test
    void methodRunOnAFreshLocalAndOnASharedField_keepsTheSharedThreads() {
        Analyzed a = Analyzed.of("""
                class Batch {
                    private boolean any;
                    public void add(int d) { any = true; }
                }
                public class Owner {
                    private Batch current = new Batch();
                    public synchronized void local(int d) { Batch b = new Batch(); b.add(d); }
                    public synchronized void use(Batch b) { current = b; }
                    public synchronized void shared(int d) { current.add(d); }
                }
                """);
        assertTrue(shared(a, "Batch", "add"));
    }

    @Test
    void objectPassedToAnInternalMethodThatKeepsIt_isOwnedThere() {
        Analyzed a = Analyzed.of("""
                class Batch {
                    private boolean any;
                    public void add(int d) { any = true; }
                }
                public class Owner {
                    public synchronized void apply(int d) { Batch b = new Batch(); fill(b, d); }
                    private void fill(Batch b, int d) { b.add(d); }
                }
                """);
        assertFalse(shared(a, "Batch", "add"));
    }

    @Test
    void objectHeldInAPrivateFieldOfAnOwnedObject_isOwned_unlessTheFieldLetsItOut() {
        String owned = """
                class Data {
                    volatile long n;
                    void negate() { n = -n; }
                }
                interface Visitor { void done(); }
                public class Stats {
                    private synchronized void visit(Visitor v) { v.done(); }
                    public void reset() {
                        visit(new Visitor() {
                            private final Data total = new Data();
                            public void done() { total.negate(); %s }
                        });
                    }
                    private Data last;
                    public Data last() { synchronized (this) { return last; } }
                }
                """;
        assertFalse(shared(Analyzed.of(owned.formatted("")), "Data", "negate"));
        assertTrue(shared(Analyzed.of(owned.formatted("last = total;")), "Data", "negate"));
    }
}
