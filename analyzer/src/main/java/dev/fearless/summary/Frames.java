package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/**
 * Moves access paths and locks between a caller's frame and a callee's across one call: the caller's
 * {@code other.lock} is the callee's {@code this.lock} when the call is {@code other.m()}, and the
 * caller's {@code a} is the callee's parameter {@code x} when {@code a} is passed for {@code x}.
 */
public final class Frames {

    private Frames() {
    }

    /** The caller's locks, as the callee sees them (locks it cannot name are dropped). */
    public static LockSet intoCallee(LockSet callerLocks, MethodInfo caller, int event, MethodInfo callee,
                                     Program program) {
        if (callerLocks.isEmpty()) {
            return callerLocks;
        }
        if (callee.closureParent() == caller) {
            return callerLocks;
        }
        Event e = caller.facts().events().get(event);
        Value receiver = e instanceof Event.Call call ? call.receiver() : Value.PathValue.THIS;
        List<Value> args = e instanceof Event.Call call ? call.args()
                : e instanceof Event.NewObject n ? n.args() : List.of();
        boolean staticCallee = callee.facts().isStatic() && !callee.facts().isClosure();
        boolean sameObject = !staticCallee && receiver instanceof Value.Implicit || receiver instanceof Value.Super
                || receiver instanceof Value.PathValue pv && pv.path().isThis();
        // An implicit call reaches an enclosing instance's method, unless the callee's class is a supertype
        // (an inherited method) or a subtype (an override a template method dispatches down to): same object.
        boolean outer = !staticCallee && receiver instanceof Value.Implicit && callee.owner() != caller.owner()
                && !program.isSubtype(caller.owner().name(), callee.owner().name())
                && !program.isSubtype(callee.owner().name(), caller.owner().name());
        AccessPath receiverPath = receiver.pathOrNull();
        LockSet result = LockSet.EMPTY;
        for (LockRef lock : callerLocks.locks()) {
            if (lock.kind() == LockRef.Kind.CLASS) {
                result = result.plus(lock);
                continue;
            }
            AccessPath mapped = mapPath(lock.path(), sameObject && !outer, outer ? callee.owner().name() : null,
                    receiverPath, args, callee);
            if (mapped != null) {
                result = result.plus(new LockRef(lock.kind(), mapped, lock.className()));
            }
            if (mapped == null || mapped.root() != Root.PARAM) {
                // the lock also by the parameter it is handed in as (`wait(lock, timeout)` holding `lock`)
                AccessPath asParam = mapPath(lock.path(), false, null, null, args, callee);
                if (asParam != null) {
                    result = result.plus(new LockRef(lock.kind(), asParam, lock.className()));
                }
            }
        }
        return result;
    }

    /** A callee-frame path as the caller names it at a call, or {@code null} when the caller cannot name it. */
    public static AccessPath intoCaller(AccessPath calleePath, MethodInfo caller, int event, MethodInfo callee,
                                        Program program) {
        if (calleePath.root() == Root.STATIC) {
            return calleePath;
        }
        if (callee.closureParent() == caller || callee.facts().isClosure() && callee.declaringMethod() == caller.declaringMethod()) {
            return calleePath;
        }
        Event e = caller.facts().events().get(event);
        Value receiver = e instanceof Event.Call call ? call.receiver() : Value.PathValue.THIS;
        List<Value> args = e instanceof Event.Call call ? call.args()
                : e instanceof Event.NewObject n ? n.args() : List.of();
        if (calleePath.root() == Root.THIS) {
            if (e instanceof Event.NewObject) {
                return null;
            }
            if (handedBySameObject(callee, caller, program)) {
                return calleePath; // a lambda's `this` is its writer's, which handed it to this method of its own
            }
            if (receiver instanceof Value.Implicit) {
                // an enclosing instance's method, unless the callee's class is a supertype (an inherited
                // method) or a subtype (an override a template method dispatches down to): same object
                boolean outer = callee.owner() != caller.owner()
                        && !program.isSubtype(caller.owner().name(), callee.owner().name())
                        && !program.isSubtype(callee.owner().name(), caller.owner().name());
                return outer ? new AccessPath(Root.OUTER, callee.owner().name(), calleePath.fields()) : calleePath;
            }
            if (receiver instanceof Value.Super) {
                return calleePath;
            }
            AccessPath r = receiver.pathOrNull();
            return r == null ? null : append(r, calleePath.fields());
        }
        if (calleePath.root() == Root.PARAM) {
            List<dev.fearless.facts.Variable> params = callee.facts().params();
            for (int i = 0; i < params.size() && i < args.size(); i++) {
                if (params.get(i).name().equals(calleePath.rootName())) {
                    AccessPath a = args.get(i).pathOrNull();
                    return a == null ? null : append(a, calleePath.fields());
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code callee} is a closure its writer handed to {@code caller}, an instance method of the
     * writer's own object ({@code returnLocked(() -> ...)}), which now runs it: the closure's {@code this},
     * its writer's object, is the caller's {@code this}.
     */
    private static boolean handedBySameObject(MethodInfo callee, MethodInfo caller, Program program) {
        MethodInfo writer = callee.closureParent();
        int site = callee.facts().siteEvent();
        if (!callee.facts().isClosure() || writer == null || site < 0 || caller.facts().isStatic() || writer.facts().isStatic()
                || !(writer.facts().eventAt(site) instanceof Event.Call handOff)
                || !(handOff.receiver() instanceof Value.Implicit || handOff.receiver().isSelf())) {
            return false;
        }
        MethodInfo declaring = writer.declaringMethod();
        return program.callGraph().targets(writer, site).contains(caller)
                && (declaring.owner() == caller.owner() || program.isSubtype(declaring.owner().name(), caller.owner().name()));
    }

    /** A callee-frame lock as the caller names it, or {@code null}. */
    public static LockRef intoCaller(LockRef lock, MethodInfo caller, int event, MethodInfo callee, Program program) {
        if (lock.kind() == LockRef.Kind.CLASS) {
            return lock;
        }
        AccessPath p = intoCaller(lock.path(), caller, event, callee, program);
        return p == null ? null : new LockRef(lock.kind(), p, lock.className());
    }

    private static AccessPath append(AccessPath base, List<String> fields) {
        AccessPath result = base;
        for (String f : fields) {
            result = result == null ? null : result.plus(f);
        }
        return result;
    }

    private static boolean enclosedBy(dev.fearless.program.TypeInfo type, String outer) {
        for (dev.fearless.program.TypeInfo t = type.enclosing(); t != null; t = t.enclosing()) {
            if (t.name().equals(outer)) {
                return true;
            }
        }
        return false;
    }

    /** A caller-frame path as the callee names it, or {@code null}. */
    static AccessPath mapPath(AccessPath p, boolean sameObject, String outerType, AccessPath receiver,
                              List<Value> args, MethodInfo callee) {
        if (p.root() == Root.STATIC) {
            return p;
        }
        if (sameObject && p.root() == Root.THIS) {
            return p;
        }
        if (sameObject && p.root() == Root.OUTER && enclosedBy(callee.owner(), p.rootName())) {
            // The same object's enclosing instance: an inner subclass calling an override of its own
            return p;
        }
        if (outerType != null && p.root() == Root.OUTER && p.rootName().equals(outerType)) {
            return new AccessPath(Root.THIS, "", p.fields());
        }
        if (receiver != null && !receiver.isThis() && p.startsWith(receiver)) {
            return new AccessPath(Root.THIS, "", p.fields().subList(receiver.fields().size(), p.fields().size()));
        }
        for (int i = 0; i < args.size() && i < callee.facts().params().size(); i++) {
            AccessPath a = args.get(i).pathOrNull();
            if (a != null && p.startsWith(a)) {
                String param = callee.facts().params().get(i).name();
                return new AccessPath(Root.PARAM, param, p.fields().subList(a.fields().size(), p.fields().size()));
            }
        }
        return null;
    }
}
