package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;

/**
 * Streams over a network connection: what {@code socket.getOutputStream()} returns, a stream or writer
 * built around one ({@code new ObjectOutputStream(socket.getOutputStream())}), and a local or field that
 * only ever holds such a stream. Their reads and writes wait for the peer; the same calls on an in-memory
 * stream do not, so a stream call blocks only when its stream is known to be one of these.
 */
final class NetworkStreams {

    /** How many locals, fields and wrappers deep a stream's making is followed. */
    private static final int DEPTH = 4;

    private NetworkStreams() {
    }

    /** Whether {@code v}, a value of {@code m}, is a stream over a network connection. */
    static boolean network(Program program, MethodInfo m, Value v) {
        return network(program, m, v, 0);
    }

    private static boolean network(Program program, MethodInfo m, Value v, int depth) {
        if (v == null || depth > DEPTH) {
            return false;
        }
        if (v instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call) {
            return program.traits(m, call).contains(MethodTrait.NETWORK_STREAM);
        }
        if (v instanceof Value.NewValue nv && nv.anonymousType().isEmpty()
                && m.facts().eventAt(nv.eventIndex()) instanceof Event.NewObject made) {
            for (Value arg : made.args()) {
                if (network(program, m, arg, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        AccessPath p = v.pathOrNull();
        if (p == null) {
            return false;
        }
        if (p.root() == AccessPath.Root.LOCAL && !p.isField()) {
            return network(program, m, m.facts().onlyAssignment(p.rootName()), depth + 1);
        }
        if (p.isField() && p.fields().size() == 1
                && (p.root() == AccessPath.Root.THIS || p.root() == AccessPath.Root.STATIC)) {
            FieldInfo f = program.field(m, p);
            return f != null && onlyHolds(program, f, depth + 1);
        }
        return false;
    }

    /** Whether every value stored in the field (its initializer and every write in its class) is a network stream. */
    private static boolean onlyHolds(Program program, FieldInfo f, int depth) {
        boolean any = false;
        if (!(f.facts().initializer() instanceof Value.Absent)) {
            MethodInfo init = Initializers.of(f);
            if (init == null || !network(program, init, f.facts().initializer(), depth)) {
                return false;
            }
            any = true;
        }
        for (MethodInfo m : f.owner().methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isField()
                        && fa.path().fields().size() == 1 && fa.path().lastField().equals(f.name())
                        && (fa.path().root() == AccessPath.Root.THIS || fa.path().root() == AccessPath.Root.STATIC)) {
                    if (!network(program, m, fa.value(), depth)) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }
}
