package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collections no code takes an element out of: every use of the fields that hold one adds, removes or
 * tests members ({@code add}, {@code remove(this)}, {@code contains}, {@code size}) and none iterates it,
 * gets, polls or streams an element, copies it, or passes it on. An object added to such a collection is
 * kept alive by it, but no other thread can reach the object through it (a leak tracker's set of live
 * trackers).
 */
public final class KeepAliveCollections {

    /** More fields than this holding one collection are not followed. */
    private static final int MAX_HOLDERS = 8;

    private KeepAliveCollections() {
    }

    /**
     * Whether no code takes an element out of the collection {@code m} names {@code collection}: a field,
     * or a parameter of {@code m} every caller passes a field for (and that {@code m} may keep in its own
     * fields), all of them private, where every use of those fields only adds, removes or tests members.
     */
    public static boolean neverHandsOut(Program program, MethodInfo m, Value collection) {
        AccessPath p = collection.pathOrNull();
        if (p == null) {
            return false;
        }
        Set<FieldInfo> holders = new HashSet<>();
        int param = -1;
        if (p.isField()) {
            FieldInfo f = program.field(m, p);
            if (f == null) {
                return false;
            }
            holders.add(f);
        } else if (p.root() == AccessPath.Root.PARAM) {
            param = m.facts().paramIndex(p.rootName());
            if (param < 0 || !passedFields(program, m, param, holders) || !keptIn(program, m, p.rootName(), holders)) {
                return false;
            }
        } else {
            return false;
        }
        if (holders.size() > MAX_HOLDERS
                || !holders.stream().allMatch(f -> Modifiers.has(f.facts().modifiers(), Modifiers.PRIVATE))) {
            return false; // code outside the program may walk a field it can see
        }
        for (MethodInfo n : program.methods()) {
            if (!membershipOnly(program, n, holders, m, param)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the fields every caller of {@code m} passes as its parameter {@code param}; false if one passes something else. */
    private static boolean passedFields(Program program, MethodInfo m, int param, Set<FieldInfo> holders) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            List<Value> args = arguments(s.caller().facts().eventAt(s.event()));
            AccessPath a = param < args.size() ? args.get(param).pathOrNull() : null;
            FieldInfo f = a != null && a.isField() ? program.field(s.caller(), a) : null;
            if (f == null) {
                return false;
            }
            holders.add(f);
        }
        return true;
    }

    /** Adds the fields {@code m} stores its parameter in; false if it stores it anywhere it cannot name. */
    private static boolean keptIn(Program program, MethodInfo m, String param, Set<FieldInfo> holders) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.value().isParameter(param)) {
                FieldInfo f = program.field(m, fa.path());
                if (f == null) {
                    return false;
                }
                holders.add(f);
            }
        }
        return true;
    }

    /**
     * Whether every use {@code n} makes of the holders only adds, removes or tests members, or passes the
     * collection to {@code m} as the parameter it was found through; each read of a holder must be
     * accounted for by such a use (a read used any other way, say in a loop or a copy, is not).
     */
    private static boolean membershipOnly(Program program, MethodInfo n, Set<FieldInfo> holders, MethodInfo m, int param) {
        int reads = 0;
        int accounted = 0;
        List<Event> events = n.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess fa) {
                if (!fa.kind().isWrite()) {
                    reads += holders.contains(program.field(n, fa.path())) ? 1 : 0;
                } else if (holds(program, n, holders, fa.value()) && !holders.contains(program.field(n, fa.path()))) {
                    return false; // copied into a field that is not one of the holders
                }
                continue;
            }
            if (e instanceof Event.Call c && holds(program, n, holders, c.receiver())) {
                accounted++;
                if (!membership(program, n, c)) {
                    return false;
                }
            }
            List<Value> args = arguments(e);
            for (int a = 0; a < args.size(); a++) {
                if (holds(program, n, holders, args.get(a))) {
                    accounted++;
                    if (a != param || !runs(program, n, i, e, m)) {
                        return false;
                    }
                }
            }
            if (e instanceof Event.LocalAssign la && holds(program, n, holders, la.value())
                    || e instanceof Event.Return r && holds(program, n, holders, r.value())) {
                return false;
            }
        }
        return reads <= accounted;
    }

    /** Whether a call on the collection adds, removes or tests members without handing an element out. */
    private static boolean membership(Program program, MethodInfo n, Event.Call c) {
        if (!program.knowledge().inGroup(NameGroup.COLLECTION_MEMBERSHIP, c.name())) {
            return false;
        }
        if (c.resultIgnored() || !program.knowledge().inGroup(NameGroup.INDEX_ACT, c.name())) {
            return true;
        }
        // remove(o) answers whether o was there; remove(index) hands out the element: an object of a
        // program type as the argument tells the two apart
        String type = c.args().size() == 1 ? program.staticType(n, c.args().get(0)).name() : null;
        return type != null && program.type(type) != null;
    }

    /** Whether event {@code i} of {@code n} creates or delegates to {@code m}. */
    private static boolean runs(Program program, MethodInfo n, int i, Event e, MethodInfo m) {
        List<MethodInfo> targets = e instanceof Event.NewObject no ? program.constructors(n, no)
                : e instanceof Event.Call ? program.callGraph().targets(n, i) : List.of();
        return targets.contains(m);
    }

    private static boolean holds(Program program, MethodInfo n, Set<FieldInfo> holders, Value v) {
        AccessPath p = v == null ? null : v.pathOrNull();
        return p != null && p.isField() && holders.contains(program.field(n, p));
    }

    private static List<Value> arguments(Event e) {
        return e instanceof Event.Call c ? c.args() : e instanceof Event.NewObject n ? n.args() : List.of();
    }
}
