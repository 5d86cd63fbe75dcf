package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which methods run only while their object is being built ({@link Construction}). */
class ConstructionTest {

    @Test
    void helperOnlyCalledOnFreshLocalBeforeItEscapes_runsDuringConstruction() {
        Analyzed a = Analyzed.of("""
                import java.util.*;
                class Batch {
                    private int size;
                    void add(int d) { size++; }
                    public synchronized int size() { return size; }
                }
                class Owner {
                    private final List<Batch> out = new ArrayList<>();
                    public void apply(int[] docs) {
                        Batch b = new Batch();
                        for (int d : docs) { b.add(d); }
                        synchronized (out) { out.add(b); }
                    }
                    public Batch one(int d) {
                        Batch b = new Batch();
                        b.add(d);
                        return b;
                    }
                }
                """);
        assertTrue(a.summaries().construction().only(a.method("Batch", "add")));
    }

    @Test
    void helperCalledAfterTheLocalEscapes_orInTheLoopThatPublishesIt_doesNot() {
        Analyzed after = Analyzed.of("""
                import java.util.*;
                class Batch {
                    private int size;
                    void add(int d) { size++; }
                }
                class Owner {
                    private final List<Batch> out = new ArrayList<>();
                    public void apply(int d) {
                        Batch b = new Batch();
                        synchronized (out) { out.add(b); }
                        b.add(d);
                    }
                }
                """);
        assertFalse(after.summaries().construction().only(after.method("Batch", "add")));
        Analyzed loop = Analyzed.of("""
                import java.util.*;
                class Batch {
                    private int size;
                    void add(int d) { size++; }
                }
                class Owner {
                    private final List<Batch> out = new ArrayList<>();
                    public void apply(int[] docs) {
                        Batch b = new Batch();
                        for (int d : docs) {
                            b.add(d);
                            synchronized (out) { out.add(b); }
                        }
                    }
                }
                """);
        assertFalse(loop.summaries().construction().only(loop.method("Batch", "add")));
    }

    @Test
    void helperCalledOnALocalThatMayHoldASharedObject_doesNot() {
        Analyzed a = Analyzed.of("""
                class Batch {
                    private int size;
                    void add(int d) { size++; }
                }
                class Owner {
                    private Batch shared = new Batch();
                    public void apply(int d) {
                        Batch b = shared;
                        b.add(d);
                    }
                }
                """);
        assertFalse(a.summaries().construction().only(a.method("Batch", "add")));
    }
}
