package dev.fearless.rules.races;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Holdings;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether every call of a method in the program is made on one and the same object: a static final
 * field ({@code INSTANCE.service(r)}), a static method that only returns one ({@code getInstance().service(r)}),
 * or a local assigned once outside any loop and captured by the tasks that call it
 * ({@code Cache c = new Cache(); for (...) pool.execute(() -> c.get(k));}). Tasks that call the method
 * at once then run it on that one object.
 */
final class OneObjectCalls {

    private OneObjectCalls() {
    }

    static boolean onOneObject(Program program, MethodInfo m) {
        List<CallSite> sites = program.callGraph().callersOf(m);
        if (sites.isEmpty() || m.facts().isStatic()) {
            return false;
        }
        Set<String> objects = new HashSet<>();
        for (CallSite s : sites) {
            if (!(s.caller().facts().eventAt(s.event()) instanceof Event.Call call)) {
                return false;
            }
            String object = object(program, s.caller(), call.receiver());
            if (object == null) {
                return false;
            }
            objects.add(object);
        }
        return objects.size() == 1;
    }

    /** A name for the one object {@code v} always is in {@code m}, or {@code null}. */
    private static String object(Program program, MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        if (p != null && p.root() == AccessPath.Root.STATIC) {
            FieldInfo f = program.field(m, p);
            return f != null && f.facts().isFinal() && p.fields().size() == 1 ? "static " + f.owner().name() + "#" + f.name() : null;
        }
        if (p != null && p.root() == AccessPath.Root.LOCAL && !p.isField()) {
            return capturedOnce(m, p.rootName());
        }
        if (v instanceof Value.CallResult cr) {
            List<MethodInfo> targets = program.callGraph().targets(m, cr.eventIndex());
            String one = null;
            for (MethodInfo t : targets) {
                if (!t.facts().isStatic()) {
                    return null;
                }
                for (Event e : t.facts().events()) {
                    if (e instanceof Event.Return r) {
                        String returned = object(program, t, r.value());
                        if (returned == null || one != null && !one.equals(returned) || !returned.startsWith("static ")) {
                            return null;
                        }
                        one = returned;
                    }
                }
            }
            return one;
        }
        return null;
    }

    /**
     * The local of an enclosing method a closure (or local class) captures, assigned once in that method
     * outside any loop: every run of the closure made from one run of the method sees the same object.
     */
    private static String capturedOnce(MethodInfo m, String local) {
        MethodInfo declaring = Holdings.declaring(m, local);
        if (declaring == null || declaring == m) {
            return null;
        }
        int assignments = 0;
        for (Event e : declaring.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(local)) {
                if (e.loop() >= 0) {
                    return null;
                }
                assignments++;
            }
        }
        return assignments == 1 ? "local " + declaring + "#" + local : null;
    }
}
