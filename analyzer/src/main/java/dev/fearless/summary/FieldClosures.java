package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closures an object keeps in a final field of its own and runs by calling the field's function
 * ({@code this.admission = () -> ...} in the constructor, {@code admission.getAsBoolean()} in
 * {@code execute}): the closure runs inside that call, on the threads of the method that makes it. So do
 * the methods of program objects its constructors keep from their parameters, when every call of those
 * constructors hands a new object of a program class ({@code new Rescheduler(new IdleModeTimer(), ...)},
 * {@code runnable.run()} in the rescheduler or a class nested in it): the call runs that class's method,
 * however many classes share the parameter's type.
 */
final class FieldClosures {

    /** For each method, the closures its call at each event runs. */
    private final Map<MethodInfo, Map<Integer, List<MethodInfo>>> runs = new IdentityHashMap<>();
    /** For each kept closure, the calls that run it. */
    private final Map<MethodInfo, List<CallSite>> sites = new IdentityHashMap<>();

    private FieldClosures() {
    }

    static FieldClosures of(Program program) {
        FieldClosures result = new FieldClosures();
        for (TypeInfo t : program.types()) {
            Map<String, List<MethodInfo>> kept = kept(t);
            if (!kept.isEmpty()) {
                result.calls(program, t, kept);
            }
            Map<String, List<TypeInfo>> objects = keptObjects(program, t);
            if (!objects.isEmpty()) {
                result.objectCalls(program, t, objects);
            }
        }
        return result;
    }

    /**
     * The program classes of the objects {@code t}'s constructors keep in its final instance fields from
     * their parameters, by field: only where every store of the field is such a parameter and every call
     * of each of those constructors hands a new object of a program class there.
     */
    private static Map<String, List<TypeInfo>> keptObjects(Program program, TypeInfo t) {
        Map<String, List<TypeInfo>> result = new HashMap<>();
        for (FieldInfo f : t.fields()) {
            if (!f.facts().isFinal() || f.facts().isStatic() || f.facts().type().isPrimitive()) {
                continue;
            }
            List<StoredValue> stored = StoredValue.of(f);
            List<TypeInfo> made = stored == null || stored.isEmpty() ? null : new ArrayList<>();
            for (StoredValue s : stored == null ? List.<StoredValue>of() : stored) {
                AccessPath p = s.value().pathOrNull();
                if (made == null || s.initializer() || !s.method().facts().isConstructor()
                        || p == null || p.root() != AccessPath.Root.PARAM || p.isField()) {
                    made = null;
                    break;
                }
                made = handed(program, s.method(), p.rootName(), made);
            }
            if (made != null && !made.isEmpty()) {
                result.put(f.name(), made);
            }
        }
        return result;
    }

    /** Adds to {@code made} the classes of the new objects every call of {@code constructor} hands as {@code param}; {@code null} if one hands anything else. */
    private static List<TypeInfo> handed(Program program, MethodInfo constructor, String param, List<TypeInfo> made) {
        int index = Loops.parameterIndex(constructor, param);
        List<CallSite> callers = index < 0 ? List.of() : program.callGraph().callersOf(constructor);
        if (callers.isEmpty()) {
            return null;
        }
        for (CallSite s : callers) {
            Event e = s.caller().facts().eventAt(s.event());
            List<Value> args = e instanceof Event.NewObject n ? n.args()
                    : e instanceof Event.Call c && c.style() != Event.CallStyle.METHOD_REFERENCE ? c.args() : List.of();
            if (index >= args.size() || !(args.get(index) instanceof Value.NewValue n)) {
                return null;
            }
            String type = n.anonymousType().isEmpty() ? program.resolveType(n.type(), s.caller().owner()) : n.anonymousType();
            TypeInfo x = type == null ? null : program.type(type);
            if (x == null || x.isInterface() || x.facts().isAbstract()) {
                return null;
            }
            if (!made.contains(x)) {
                made.add(x);
            }
        }
        return made;
    }

    /**
     * Records the calls on a kept object's field, by {@code t}'s methods ({@code runnable.run()}) or those of
     * classes nested in it ({@code Rescheduler.this.runnable.run()}), that the call graph leaves without a
     * target (a {@code Runnable}'s run, one of too many overrides): each runs the named method of the
     * object's class.
     */
    private void objectCalls(Program program, TypeInfo t, Map<String, List<TypeInfo>> objects) {
        for (MethodInfo m : program.writtenInTopLevelOf(t)) {
            if (m.facts().isStatic()) {
                continue;
            }
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                if (!(events.get(i) instanceof Event.Call call) || call.style() == Event.CallStyle.METHOD_REFERENCE) {
                    continue;
                }
                AccessPath p = call.receiver().pathOrNull();
                boolean own = p != null && p.isOwnField() && m.owner() == t;
                boolean outer = p != null && p.root() == AccessPath.Root.OUTER && p.fields().size() == 1
                        && p.rootName().equals(t.name()) && m.owner() != t;
                List<TypeInfo> kept = own || outer ? objects.get(p.lastField()) : null;
                if (kept == null || !program.callGraph().targets(m, i).isEmpty()) {
                    continue; // the call graph already names what the call runs
                }
                List<MethodInfo> run = new ArrayList<>();
                for (TypeInfo x : kept) {
                    for (MethodInfo target : program.lookup(x, call.name(), call.args().size())) {
                        if (!target.facts().isAbstract() && !target.facts().isStatic() && !run.contains(target)) {
                            run.add(target);
                        }
                    }
                }
                if (run.isEmpty()) {
                    continue;
                }
                runs.computeIfAbsent(m, k -> new HashMap<>()).put(i, run);
                for (MethodInfo c : run) {
                    sites.computeIfAbsent(c, k -> new ArrayList<>()).add(new CallSite(m, i, c));
                }
            }
        }
    }

    /** The closures the call at {@code event} of {@code m} runs (none for most calls). */
    Map<Integer, List<MethodInfo>> runBy(MethodInfo m) {
        return runs.getOrDefault(m, Map.of());
    }

    /** The calls that run the kept closure {@code closure}; none for any other method. */
    List<CallSite> sitesOf(MethodInfo closure) {
        return sites.getOrDefault(closure, List.of());
    }

    /** The closures {@code t}'s constructors and initializers store in its final instance fields, by field. */
    private static Map<String, List<MethodInfo>> kept(TypeInfo t) {
        Map<String, List<MethodInfo>> result = new HashMap<>();
        for (MethodInfo m : t.methods()) {
            if (!m.facts().isInitialization() && !m.facts().isConstructor()) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isOwnField()
                        && fa.value() instanceof Value.Closure c && c.closure() >= 0 && c.closure() < t.methods().size()) {
                    FieldInfo f = t.declaredField(fa.path().lastField());
                    if (f != null && f.facts().isFinal() && !f.facts().isStatic()) {
                        result.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(t.method(c.closure()));
                    }
                }
            }
        }
        return result;
    }

    /** Records the calls of {@code t}'s methods that run a kept closure: its function called on the field. */
    private void calls(Program program, TypeInfo t, Map<String, List<MethodInfo>> kept) {
        for (MethodInfo m : t.methods()) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                if (!(events.get(i) instanceof Event.Call call)) {
                    continue;
                }
                AccessPath p = call.receiver().pathOrNull();
                List<MethodInfo> closures = p != null && p.isOwnField() && !m.facts().isStatic()
                        ? kept.get(p.lastField()) : null;
                String type = closures == null ? null : program.receiverType(m, call);
                if (type != null && program.type(type) == null && program.is(type, TypeTrait.FUNCTIONAL)
                        && program.traits(m, call).contains(MethodTrait.INVOKES)) {
                    runs.computeIfAbsent(m, k -> new HashMap<>()).put(i, closures);
                    for (MethodInfo c : closures) {
                        sites.computeIfAbsent(c, k -> new ArrayList<>()).add(new CallSite(m, i, c));
                    }
                }
            }
        }
    }
}
