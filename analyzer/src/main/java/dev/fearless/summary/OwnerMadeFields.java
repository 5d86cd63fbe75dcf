package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fields each of whose objects holds objects of its own: every value stored in the field is made for
 * that store on the object's own field ({@code this.election = createElection()}, where the factory
 * returns an object it has just made), and put in no other holder on the way. Two objects of the class
 * then never hold the same object, whoever else may reach it: code that runs on one holder and reaches
 * the held object through that holder's field runs on an object no other holder's code reaches that way.
 *
 * <p>Made for a store: a {@code new} object or {@code null}; a local that holds only such values, is
 * captured by no closure and goes nowhere but to that store, to a copy that goes nowhere else, or out as
 * the method's result (the methods the object itself may call on it run on it, they do not copy it); or
 * the result of a method of the object's own, whose every result is made for a store.
 */
final class OwnerMadeFields {

    /** How many factories deep a stored value is followed to where it is made. */
    private static final int FACTORY_DEPTH = 3;

    private final Map<FieldInfo, Boolean> known = new ConcurrentHashMap<>();

    /** Whether every value stored in {@code f} is made for that store on the holder's own field. */
    boolean ownerMade(Program program, FieldInfo f) {
        Boolean done = known.get(f);
        if (done == null) {
            done = compute(program, f);
            known.putIfAbsent(f, done);
        }
        return done;
    }

    private static boolean compute(Program program, FieldInfo f) {
        if (f.facts().isStatic()) {
            return false;
        }
        boolean any = false;
        if (!(f.facts().initializer() instanceof Value.Absent)) {
            MethodInfo init = Initializers.of(f);
            if (init == null || !madeForStore(program, init, f.facts().initializer(), FACTORY_DEPTH)) {
                return false;
            }
            any = true;
        }
        // every write in the program: one on another object than the writer's own stores what the
        // writer chooses, possibly the object another holder has
        for (MethodInfo m : program.methods()) {
            List<Event> events = m.facts().events();
            for (Event e : events) {
                if (!(e instanceof Event.FieldAccess fa) || !fa.kind().isWrite() || fa.kind() == Event.AccessKind.ELEMENT_WRITE
                        || !fa.path().isField() || !fa.path().lastField().equals(f.name())) {
                    continue;
                }
                FieldInfo written = program.field(m, fa.path());
                // a write of another class's field of that name is no matter; one the program cannot tell may be this one
                if (written == f ? fa.kind() != Event.AccessKind.WRITE || !fa.path().isOwnField()
                        || !madeForStore(program, m, fa.value(), FACTORY_DEPTH) : written == null) {
                    return false;
                }
                any |= written == f;
            }
        }
        return any;
    }

    private static boolean madeForStore(Program program, MethodInfo m, Value v, int depth) {
        if (v instanceof Value.NewValue || v instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.NULL) {
            return true;
        }
        if (v instanceof Value.Choice c) {
            return c.options().stream().allMatch(o -> madeForStore(program, m, o, depth));
        }
        if (v instanceof Value.CallResult cr) {
            return factoryResult(program, m, cr, depth);
        }
        AccessPath p = v.pathOrNull();
        return p != null && p.root() == AccessPath.Root.LOCAL && !p.isField()
                && madeLocal(program, m, p.rootName(), depth, new HashSet<>());
    }

    /** Whether the local holds only values made for a store and goes nowhere but to stores, copies and returns. */
    private static boolean madeLocal(Program program, MethodInfo m, String local, int depth, Set<String> seen) {
        if (!seen.add(local)) {
            return true;
        }
        LocalUses uses = LocalUses.of(program, m, local);
        if (uses.captured() || uses.assigned().isEmpty()) {
            return false;
        }
        for (Value a : uses.assigned()) {
            AccessPath p = a.pathOrNull();
            boolean copy = p != null && p.root() == AccessPath.Root.LOCAL && !p.isField();
            if (copy ? !madeLocal(program, m, p.rootName(), depth, seen) : !madeForStore(program, m, a, depth)) {
                return false;
            }
        }
        List<Event> events = m.facts().events();
        for (int i : uses.escapes()) {
            Event e = events.get(i);
            boolean allowed = e instanceof Event.Return
                    || e instanceof Event.FieldAccess fa && fa.path().isOwnField()
                    || e instanceof Event.LocalAssign la && madeLocal(program, m, la.local(), depth, seen);
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Whether the call's result is made by methods of the caller's own object that return only values made for a store. */
    private static boolean factoryResult(Program program, MethodInfo m, Value.CallResult cr, int depth) {
        if (depth == 0 || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call)) {
            return false;
        }
        List<MethodInfo> targets = program.callGraph().targets(m, cr.eventIndex());
        if (targets.isEmpty()) {
            return false;
        }
        for (MethodInfo t : targets) {
            if (!t.facts().isStatic() && !Construction.ownObjectCall(program, m, call, t)) {
                return false;
            }
            boolean returns = false;
            for (Event e : t.facts().events()) {
                if (e instanceof Event.Return r) {
                    if (!madeForStore(program, t, r.value(), depth - 1)) {
                        return false;
                    }
                    returns = true;
                }
            }
            if (!returns) {
                return false;
            }
        }
        return true;
    }
}
