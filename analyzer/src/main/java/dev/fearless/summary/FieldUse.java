package dev.fearless.summary;

import dev.fearless.facts.LockSet;
import dev.fearless.facts.Position;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.TypeInfo;

/**
 * One access to a field from an entry point: which entry (and on which thread context), how, under
 * which locks (as the field's owner object names them: {@code this}, {@code this.lock},
 * {@code Foo.class}), where in the entry ({@code site}) and where it finally happens ({@code origin}),
 * and the logical threads that make it ({@code threads}: the entry's, or an event loop's when the site is
 * under a check that the caller is on it). {@code object} is the class the object whose field it is
 * belongs to, as the entry knows it (the entry's own class for its own object's field, an enclosing
 * class for its instance's): that class or a subclass of it; {@code null} when not known. {@code byClass}
 * keeps {@code threads} apart by the class of the object when the calls that reach the entry tell it (an
 * inherited method that one thread runs on objects of one subclass and other threads on those of a
 * sibling); empty when they do not.
 */
public record FieldUse(FieldInfo field, Entry entry, AccessOp op, String call, LockSet held, Position site,
                       MethodInfo originMethod, Position origin, ThreadSet threads, TypeInfo object,
                       java.util.List<OnClass> byClass) {

    /** The threads that make a use on objects of class {@code object} (or of a subclass of it). */
    public record OnClass(TypeInfo object, ThreadSet threads) {
    }

    public FieldUse {
        byClass = java.util.List.copyOf(byClass);
    }

    /** The threads that make the use, each with the class of object they make it on. */
    public java.util.List<OnClass> onClasses() {
        return byClass.isEmpty() ? java.util.Collections.singletonList(new OnClass(object, threads)) : byClass;
    }

    public MethodInfo method() {
        return entry.method();
    }

    public ThreadContext context() {
        return entry.context();
    }

    /**
     * Whether this use is the one to report for its access: the access happens in the entry itself, or
     * in a callee that is not an entry of its own (a private helper). Otherwise the callee's own entry
     * reports it where it happens.
     */
    public boolean reportable(java.util.Set<MethodInfo> entryMethods) {
        return direct() || !entryMethods.contains(originMethod);
    }

    /**
     * The index of the event of {@link #originMethod} that makes the access: the access to the field at
     * {@link #origin} (its write, for a write of the field; for a call on its contents, the call there);
     * -1 when none is found.
     */
    public int originEvent() {
        java.util.List<dev.fearless.facts.Event> events = originMethod.facts().events();
        int any = -1;
        for (int i = 0; i < events.size(); i++) {
            dev.fearless.facts.Event e = events.get(i);
            if (!e.pos().equals(origin) || e instanceof dev.fearless.facts.Event.LocalAssign) {
                continue;
            }
            if (e instanceof dev.fearless.facts.Event.FieldAccess fa && fa.path().isField()
                    && fa.path().lastField().equals(field.name()) && (!op.writesField() || fa.kind().isWrite())) {
                return i;
            }
            any = any < 0 ? i : any;
        }
        return any;
    }

    /**
     * Whether this use and {@code other} are plain writes of one constant ({@code closed = true} at both):
     * in whichever order they land the field ends the same, so they do not race with each other (each
     * still races with the reads that may see it late).
     */
    public boolean storesSameConstantAs(FieldUse other) {
        dev.fearless.facts.Value mine = storedLiteral();
        return mine != null && mine.equals(other.storedLiteral());
    }

    private dev.fearless.facts.Value storedLiteral() {
        int i = op == AccessOp.WRITE ? originEvent() : -1;
        return i >= 0 && originMethod.facts().eventAt(i) instanceof dev.fearless.facts.Event.FieldAccess fa
                && fa.kind() == dev.fearless.facts.Event.AccessKind.WRITE
                && fa.value() instanceof dev.fearless.facts.Value.Literal literal ? literal : null;
    }

    /** Whether the access happens in the entry itself rather than in a method it calls. */
    public boolean direct() {
        return originMethod == entry.method() && origin.equals(site);
    }
}
