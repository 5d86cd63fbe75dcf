package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import java.util.List;

/** Whether a method keeps a reference it is given: stores it in a field or collection, or hands it to another thread. */
public final class Retention {

    private Retention() {
    }

    /** Whether a program method stores its parameter somewhere that outlives the call, or passes it on to such a method. */
    public static boolean retains(Program program, MethodInfo m, String param, int depth) {
        return kept(program, m, param, depth) != Kept.NOT;
    }

    /**
     * Whether the call keeps the argument at position {@code arg}: every program method it may run that
     * has a body does (with several overrides, one that happens to keep it is not enough).
     */
    public static boolean callRetains(Program program, List<MethodInfo> targets, int arg, int depth) {
        boolean any = false;
        for (MethodInfo t : targets) {
            if (t.facts().isAbstract() || t.facts().events().isEmpty() && t.owner().isInterface()) {
                continue;
            }
            if (arg >= t.facts().params().size() || !retains(program, t, t.facts().params().get(arg).name(), depth)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether a program method keeps its parameter, and only in ways that publish it safely to the
     * threads that later take it out: a volatile field, a field written under a lock, a thread-safe
     * collection (or one changed under a lock), a hand-over to another thread, or a program method that
     * does the same or is called under a lock (whatever it keeps, the lock's release publishes). What the
     * caller wrote before the call is then visible to those threads.
     */
    public static boolean publishesSafely(Program program, MethodInfo m, String param, int depth) {
        return kept(program, m, param, depth) == Kept.SAFELY;
    }

    /** Whether a program method keeps its parameter nowhere but where {@link #publishesSafely} would, if at all. */
    public static boolean keepsOnlySafely(Program program, MethodInfo m, String param, int depth) {
        return kept(program, m, param, depth) != Kept.UNSAFELY;
    }

    /** How a method keeps its parameter: not at all, only where it is published safely, or somewhere plain. */
    private enum Kept { NOT, SAFELY, UNSAFELY }

    private static Kept kept(Program program, MethodInfo m, String param, int depth) {
        Kept result = Kept.NOT;
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Kept here = keptAt(program, m, i, param, depth);
            if (here == Kept.UNSAFELY) {
                return here;
            }
            if (here == Kept.SAFELY) {
                result = here;
            }
        }
        return result;
    }

    /** How event {@code index} of {@code m} keeps the parameter. */
    private static Kept keptAt(Program program, MethodInfo m, int index, String param, int depth) {
        Event e = m.facts().events().get(index);
        if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.value().isParameter(param)) {
            var field = program.field(m, fa.path());
            return !fa.held().isEmpty() || field != null && field.facts().isVolatile() ? Kept.SAFELY : Kept.UNSAFELY;
        }
        if (!(e instanceof Event.Call call) || call.args().stream().noneMatch(a -> a.isParameter(param))) {
            return Kept.NOT;
        }
        var traits = program.traits(m, call);
        if (traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.HANDOFF)) {
            return Kept.SAFELY;
        }
        AccessPath r = call.receiver().pathOrNull();
        if (r != null && r.isField() && program.knowledge().inGroup(NameGroup.COLLECTION_WRITE, call.name())) {
            StaticType t = program.staticType(m, call.receiver());
            if (t.name() != null && (program.is(t.name(), TypeTrait.COLLECTION) || program.is(t.name(), TypeTrait.MAP))) {
                return !call.held().isEmpty() || threadSafe(program, t) || initiallyThreadSafe(program, m, r)
                        ? Kept.SAFELY : Kept.UNSAFELY;
            }
        }
        Kept result = Kept.NOT;
        if (depth > 0) {
            for (MethodInfo x : program.callGraph().targets(m, index)) {
                for (int a = 0; a < call.args().size() && a < x.facts().params().size(); a++) {
                    if (!call.args().get(a).isParameter(param)) {
                        continue;
                    }
                    Kept k = kept(program, x, x.facts().params().get(a).name(), depth - 1);
                    if (k == Kept.UNSAFELY && !call.held().isEmpty()) {
                        k = Kept.SAFELY; // kept while this lock is held: its release publishes it, as for a field
                    }
                    if (k == Kept.UNSAFELY) {
                        return k;
                    }
                    if (k == Kept.SAFELY) {
                        result = k;
                    }
                }
            }
        }
        return result;
    }

    private static boolean threadSafe(Program program, StaticType t) {
        return t != null && t.name() != null
                && (program.is(t.name(), TypeTrait.CONCURRENT) || program.is(t.name(), TypeTrait.SYNCHRONIZED));
    }

    /**
     * Whether a final field holds, from where it is declared, a thread-safe collection: a new one of a
     * thread-safe type, or the result of a synchronized wrapper
     * ({@code Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()))}).
     */
    private static boolean initiallyThreadSafe(Program program, MethodInfo m, AccessPath path) {
        var field = program.field(m, path);
        if (field == null || !field.facts().isFinal()) {
            return false;
        }
        Value initial = field.facts().initializer();
        if (initial instanceof Value.NewValue) {
            return threadSafe(program, program.staticType(m, initial));
        }
        MethodInfo init = initial instanceof Value.CallResult ? Initializers.of(field) : null;
        Event.Call call = init == null ? null : init.facts().callAt(((Value.CallResult) initial).eventIndex());
        return call != null && program.traits(init, call).contains(MethodTrait.SYNCHRONIZED_WRAPPER);
    }


}
