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
 * {@code execute}): the closure runs inside that call, on the threads of the method that makes it.
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
        }
        return result;
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
