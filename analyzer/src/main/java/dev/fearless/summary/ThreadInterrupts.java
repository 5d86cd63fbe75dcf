package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of the program's {@code Thread} subclasses its code may interrupt: every {@code interrupt()} call
 * whose receiver may be one of their objects. What a receiver may be is known when it is {@code this}
 * (an object of the class whose code makes the call, or of a subclass), or a local or field every
 * assignment of which makes a new object (of those classes exactly); otherwise it may be any object of
 * its static type, and of any type when that is not known. {@code Thread.currentThread().interrupt()}
 * restores the flag of the thread that runs it, which only an interrupt cleared. A thread class code
 * outside the program can name may be interrupted by that code.
 */
final class ThreadInterrupts {

    /** What one {@code interrupt()} call's receiver may be. */
    private record Receiver(List<String> made, String declared, boolean any) {
    }

    private final Program program;
    private final List<Receiver> receivers;

    private ThreadInterrupts(Program program, List<Receiver> receivers) {
        this.program = program;
        this.receivers = receivers;
    }

    static ThreadInterrupts of(Program program) {
        List<Receiver> receivers = new ArrayList<>();
        for (MethodInfo m : program.methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Call call && program.traits(m, call).contains(MethodTrait.INTERRUPT)
                        && !currentThread(program, m, call.receiver())) {
                    receivers.add(receiver(program, m, call.receiver()));
                }
            }
        }
        return new ThreadInterrupts(program, List.copyOf(receivers));
    }

    /** Whether code of the program, or outside it, may interrupt a thread of class {@code t}. */
    boolean mayInterrupt(TypeInfo t) {
        if (Api.exported(t)) {
            return true;
        }
        for (Receiver r : receivers) {
            if (r.any()) {
                return true;
            }
            if (r.made() != null) {
                if (r.made().stream().anyMatch(c -> c.equals(t.name()) || program.isSubtype(c, t.name()))) {
                    return true;
                }
            } else if (r.declared().equals(t.name()) || program.isSubtype(t.name(), r.declared())
                    || program.isSubtype(r.declared(), t.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether code of the program may interrupt the process's main thread: a receiver whose object may be
     * any thread (its type is not known, or is a library type such as {@code Thread}, and it is not a new
     * object of the program's: a thread the JVM made, such as main, kept in a field by the code it runs). A
     * receiver known to hold new objects, or of a program class, is no main thread.
     */
    boolean mayInterruptMain() {
        for (Receiver r : receivers) {
            if (r.any() || r.made() == null && program.type(r.declared()) == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean currentThread(Program program, MethodInfo m, Value receiver) {
        return receiver instanceof Value.CallResult r && m.facts().eventAt(r.eventIndex()) instanceof Event.Call c
                && program.traits(m, c).contains(MethodTrait.CURRENT_THREAD);
    }

    private static Receiver receiver(Program program, MethodInfo m, Value v) {
        if (v.isSelf()) {
            return new Receiver(null, m.owner().name(), false);
        }
        List<String> made = madeClasses(program, m, v);
        if (made != null) {
            return new Receiver(made, null, false);
        }
        String declared = program.staticType(m, v).name();
        return declared == null ? new Receiver(null, null, true) : new Receiver(null, declared, false);
    }

    /**
     * The classes of the objects a local or a field (of one name, written only in its class's top-level
     * code) ever holds, when every value assigned to it is a new object; {@code null} otherwise.
     */
    private static List<String> madeClasses(Program program, MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        if (p == null) {
            return null;
        }
        List<Value> assigned = new ArrayList<>();
        TypeInfo context = m.owner();
        if (p.root() == AccessPath.Root.LOCAL && !p.isField()) {
            assigned.addAll(LocalUses.of(program, m, p.rootName()).assigned());
        } else if (p.fields().size() == 1 && (p.isOwnField() || p.isStaticField())) {
            FieldInfo f = program.field(m, p);
            if (f == null || !f.facts().isPrivate()) {
                return null; // code elsewhere may store another thread in it
            }
            context = f.owner();
            if (!(f.facts().initializer() instanceof Value.Absent)) {
                assigned.add(f.facts().initializer());
            }
            for (MethodInfo w : program.writtenInTopLevelOf(f.owner())) {
                for (Event e : w.facts().events()) {
                    if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE
                            && fa.path().fields().size() == 1 && fa.path().lastField().equals(f.name())) {
                        assigned.add(fa.value());
                    }
                }
            }
        } else {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (Value a : assigned) {
            if (a instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.NULL) {
                continue;
            }
            if (!(a instanceof Value.NewValue n)) {
                return null;
            }
            String type = n.anonymousType().isEmpty() ? program.resolveType(n.type(), context) : n.anonymousType();
            if (type == null) {
                return null;
            }
            result.add(type);
        }
        return result.isEmpty() ? null : result;
    }
}
