package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.program.MethodInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallTargetsTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.*;
            import java.util.function.*;
            public class Feed {
                public interface Listener { void changed(String s); }
                public interface Sink { void write(String s); void flush(); }
                public interface Clock { long now(); }
                public static final class SystemClock implements Clock { public long now() { return System.nanoTime(); } }
                public static final class Composite implements Sink {
                    public void write(String s) { }
                    public void flush() { }
                    public Composite add(Sink s) { return this; }
                }
                private final List<Listener> listeners = new ArrayList<>();
                private final Clock clock = new SystemClock();
                private final Supplier<String> name = () -> "feed";
                private Sink sink;
                public void addListener(Listener l) { listeners.add(l); }
                public synchronized void fire() { for (Listener l : listeners) { l.changed("x"); } }
                public synchronized long time() { return clock.now(); }
                public synchronized String named() { return name.get(); }
                public synchronized void load(Function<String, String> loader) { loader.apply("k"); }
                private synchronized void each(Consumer<String> action) { action.accept("a"); }
                public void useEach() { each(s -> System.out.println(s)); }
                public synchronized void narrow() { ((Composite) sink).add(null); }
                public synchronized String checked(Object o) { return Objects.requireNonNull(o).toString(); }
                public void setSink(Sink s) { sink = s; }
            }
            """);

    private CallTargets at(String method, String call) {
        MethodInfo m = a.method("Feed", method);
        return a.summaries().effects().targets(m, Analyzed.call(m, call));
    }

    @Test
    void listenerRegisteredThroughPublicMethod_withNoImplementation_isUnknownCode() {
        CallTargets t = at("fire", "changed");
        assertNotNull(t.unknown());
        assertTrue(t.unknown().contains("handed in by callers of `Feed.addListener`"), t.unknown());
    }

    @Test
    void interfaceTheProgramImplements_inAFieldGivenItsObject_isKnown() {
        CallTargets t = at("time", "now");
        assertNull(t.unknown());
        assertEquals("SystemClock", t.certain().get(0).owner().simpleName());
    }

    @Test
    void lambdaInAPrivateField_isTheTarget() {
        CallTargets t = at("named", "get");
        assertNull(t.unknown());
        assertEquals(1, t.certain().size());
        assertTrue(t.certain().get(0).facts().isClosure());
    }

    @Test
    void callbackParameterOfPublicMethod_isUnknown_ofPrivateOneGivenLambdas_isNot() {
        MethodInfo load = a.method("Feed", "load");
        List<Effect> loaded = a.summaries().effects().unknownAt(load, Analyzed.call(load, "apply"));
        assertEquals(1, loaded.size());
        assertTrue(loaded.get(0).what().contains("handed in by callers of `Feed.load`"), loaded.get(0).what());

        MethodInfo each = a.method("Feed", "each");
        assertTrue(a.summaries().effects().unknownAt(each, Analyzed.call(each, "accept")).isEmpty());
    }

    @Test
    void castNarrowsTheReceiverToTheFinalClass() {
        CallTargets t = at("narrow", "add");
        assertNull(t.unknown());
        assertEquals("Composite", t.certain().get(0).owner().simpleName());
    }

    @Test
    void noUnknownCodeBehindAJdkUtility() {
        MethodInfo m = a.method("Feed", "checked");
        assertFalse(a.summaries().effects().unknownAt(m, Analyzed.call(m, "toString")).size() > 0);
    }
}
