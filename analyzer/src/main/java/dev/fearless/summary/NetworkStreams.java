package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

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

    /**
     * Which side of a network connection {@code v}, a value of {@code m}, is: {@code NETWORK_INPUT} (a read
     * waits for the peer to send) or {@code NETWORK_OUTPUT}; {@code null} when it is not known to be one.
     */
    static MethodTrait side(Program program, MethodInfo m, Value v) {
        return kind(program, m, v, 0);
    }

    /** Which side of a network connection {@code v} is ({@code NETWORK_INPUT} or {@code NETWORK_OUTPUT}), or null. */
    private static MethodTrait kind(Program program, MethodInfo m, Value v, int depth) {
        if (v == null || depth > DEPTH) {
            return null;
        }
        if (v instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call) {
            var traits = program.traits(m, call);
            return traits.contains(MethodTrait.NETWORK_INPUT) ? MethodTrait.NETWORK_INPUT
                    : traits.contains(MethodTrait.NETWORK_OUTPUT) ? MethodTrait.NETWORK_OUTPUT : null;
        }
        if (v instanceof Value.NewValue nv && nv.anonymousType().isEmpty()
                && m.facts().eventAt(nv.eventIndex()) instanceof Event.NewObject made) {
            for (Value arg : made.args()) {
                MethodTrait wrapped = kind(program, m, arg, depth + 1);
                if (wrapped != null) {
                    return wrapped;
                }
            }
            return null;
        }
        AccessPath p = v.pathOrNull();
        if (p == null) {
            return null;
        }
        if (p.root() == AccessPath.Root.LOCAL && !p.isField()) {
            return kind(program, m, m.facts().onlyAssignment(p.rootName()), depth + 1);
        }
        if (p.isField() && p.fields().size() == 1
                && (p.root() == AccessPath.Root.THIS || p.root() == AccessPath.Root.STATIC)) {
            FieldInfo f = program.field(m, p);
            return f == null ? null : onlyHolds(program, f, depth + 1);
        }
        return null;
    }

    /** The side of a network connection every value stored in the field is (one side for all of them), or null. */
    private static MethodTrait onlyHolds(Program program, FieldInfo f, int depth) {
        List<StoredValue> stored = StoredValue.of(f);
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        MethodTrait side = null;
        for (StoredValue v : stored) {
            MethodTrait k = kind(program, v.method(), v.value(), depth);
            if (k == null || side != null && side != k) {
                return null;
            }
            side = k;
        }
        return side;
    }
}
