package dev.fearless.rules.publication;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.MethodScope;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.Mutations;
import dev.fearless.summary.Nature;
import dev.fearless.summary.Summaries;
import java.util.List;

/**
 * The value a thread-safe map hands out, changed in place with no lock: {@code subscribers.get(topic).add(id)}
 * where every value the program puts in {@code subscribers} (a {@code ConcurrentHashMap}) is a plain
 * {@code ArrayList}. The map makes its own gets and puts atomic, not the contents of what it holds: two
 * threads changing the value of one key at once corrupt it. Values of a thread-safe type, values changed
 * under a lock or inside the map's own {@code compute}, and values of unknown kind are not reported.
 */
final class MutableMapValues {

    private MutableMapValues() {
    }

    /** Reports the call at {@code index} if it changes a plain value taken from a thread-safe map field; whether it did. */
    static boolean report(MethodScope scope, int index, Event.Call change) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        List<Event> events = m.facts().events();
        if (!(taken(events, change.receiver(), index) instanceof Value.CallResult cr)
                || !(events.get(cr.eventIndex()) instanceof Event.Call take)) {
            return false;
        }
        AccessPath mapPath = take.receiver().pathOrNull();
        String mapType = program.staticType(m, take.receiver()).name();
        String valueType = program.staticType(m, cr).name();
        if (mapPath == null || !mapPath.isField() || mapType == null || valueType == null
                || !program.is(mapType, TypeTrait.MAP)
                || !program.methodTraits(mapType, take.name(), take.args().size()).contains(MethodTrait.RESULT_VALUE)
                || !Mutations.libraryMutation(program, valueType, change.name())) {
            return false;
        }
        Summaries summaries = scope.summaries();
        FieldInfo map = program.field(m, mapPath);
        // a map thread-safe by its type, or by what the field holds (a Map field set to a ConcurrentHashMap)
        boolean threadSafe = program.is(mapType, TypeTrait.CONCURRENT)
                || map != null && summaries.syncTypes().nature(map) == Nature.SYNC;
        if (map == null || !threadSafe || !summaries.heldAt(m, change.held()).isEmpty()
                || summaries.callerLockNodes(m).stream().anyMatch(l -> !l.dynamic())) {
            return false;
        }
        String stored = plainValues(program, map);
        if (stored == null) {
            return false;
        }
        String proof = Conflicts.selfRace(program, summaries, m, change.pos(), mapPath);
        if (proof == null) {
            return false;
        }
        scope.report(change.pos(), "`" + change.name() + "()` changes a value of `" + map.name() + "` without a lock: `"
                        + map.name() + "` is a thread-safe map, but the values it holds are plain `" + stored
                        + "`s, and the map makes its own gets and puts atomic, not their contents; two threads "
                        + "changing the value of one key at once corrupt it (lost elements, a broken structure); "
                        + "store a thread-safe value, change it inside `compute(...)`, or lock; " + proof)
                .related(m, take.pos(), "the value is taken from `" + map.name() + "` here")
                .related(map.owner(), map.facts().pos(), "`" + map.name() + "` is declared here")
                .add();
        return true;
    }

    /** The value a receiver holds: a call's result directly, or through the local last assigned it before {@code before}. */
    private static Value taken(List<Event> events, Value receiver, int before) {
        AccessPath p = receiver.pathOrNull();
        if (p == null || p.isField() || p.root() != AccessPath.Root.LOCAL) {
            return receiver;
        }
        Value last = null;
        for (int i = 0; i < before; i++) {
            if (events.get(i) instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                last = la.value();
            }
        }
        return last;
    }

    /**
     * The simple name of the one non-thread-safe type of every value the program puts in {@code map}
     * (the objects its puts store, the objects its {@code computeIfAbsent} functions return), or
     * {@code null} when some value is of another or an unknown type, or none is seen.
     */
    private static String plainValues(Program program, FieldInfo map) {
        String found = null;
        for (MethodInfo w : program.writtenInTopLevelOf(map.owner())) {
            List<Event> events = w.facts().events();
            for (Event e : events) {
                AccessPath on = e instanceof Event.Call put ? put.receiver().pathOrNull() : null;
                if (on == null || !on.isField() || program.field(w, on) != map || !stores(program, (Event.Call) e)) {
                    continue;
                }
                Event.Call put = (Event.Call) e;
                String type = storedType(program, w, put.args().get(put.args().size() - 1));
                if (type == null || found != null && !found.equals(type)) {
                    return null;
                }
                found = type;
            }
        }
        return found;
    }

    /** Whether a call stores its last argument as a value ({@code put}), or what its last argument, a function, returns ({@code computeIfAbsent}). */
    private static boolean stores(Program program, Event.Call call) {
        var kb = program.knowledge();
        return call.args().size() >= 2 && (kb.inGroup(NameGroup.COLLECTION_INSERT, call.name())
                || kb.inGroup(NameGroup.COLLECTION_WRITE, call.name()) && call.args().get(call.args().size() - 1) instanceof Value.Closure);
    }

    /** The type of a new plain collection stored as a value, directly or as the result of a function; {@code null} otherwise. */
    private static String storedType(Program program, MethodInfo w, Value v) {
        if (v instanceof Value.Closure) {
            MethodInfo f = w.closure(v);
            Value returned = null;
            for (Event e : f == null ? List.<Event>of() : f.facts().events()) {
                if (e instanceof Event.Return r) {
                    if (returned != null) {
                        return null;
                    }
                    returned = r.value();
                }
            }
            return returned == null ? null : storedType(program, f, returned);
        }
        if (!(v instanceof Value.NewValue nv) || !nv.anonymousType().isEmpty()) {
            return null;
        }
        String type = program.resolveType(nv.type(), w.owner());
        boolean plain = type != null && program.type(type) == null
                && (program.is(type, TypeTrait.COLLECTION) || program.is(type, TypeTrait.MAP))
                && !program.is(type, TypeTrait.CONCURRENT) && !program.knowledge().is(type, TypeTrait.SYNCHRONIZED);
        return plain ? nv.type().name() : null;
    }
}
