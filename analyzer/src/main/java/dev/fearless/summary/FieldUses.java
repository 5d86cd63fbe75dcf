package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the entries' accesses by field: every access to {@code C.f} from any entry (a method of C or
 * of a subclass, a closure or inner class reaching it as an enclosing instance, or a static access),
 * with the locks renamed relative to the C instance, so accesses from different methods compare. An
 * access to the entry's own object is made by the threads that run it on a shared object
 * ({@link SharedThreads}): run on an object its caller still owns, it is confined.
 */
final class FieldUses {

    private FieldUses() {
    }

    static Map<FieldInfo, List<FieldUse>> index(Program program, List<Entry> entries,
                                                Map<MethodInfo, List<AccessRecord>> summaries, ThreadModel threads,
                                                SharedThreads shared) {
        Map<FieldInfo, List<FieldUse>> byField = new HashMap<>();
        for (Entry e : entries) {
            for (AccessRecord r : summaries.getOrDefault(e.method(), List.of())) {
                AccessPath p = r.path();
                if (p.fields().size() != 1 || p.root() == Root.PARAM || p.root() == Root.LOCAL) {
                    continue;
                }
                FieldInfo f = ownField(program, e.method(), r.originMethod(), p);
                if (f == null || reachedByDispatchDown(program, e, p, f) || siblingOverride(program, e, r.originMethod(), p)) {
                    continue;
                }
                LockSet held = LockSet.EMPTY;
                for (LockRef l : e.entryLocks().plusAll(r.held()).locks()) {
                    held = held.plus(relative(program, l, e.method(), f.owner()));
                }
                ThreadSet made = p.root() == Root.THIS ? shared.threadsAt(e.method(), r.site())
                        : threads.threadsAt(e.method(), r.site());
                if (r.loop() != null && !made.isEmpty()) {
                    made = ThreadSet.of(r.loop()); // a check on the way says only the loop gets there
                }
                List<FieldUse.OnClass> byClass = List.of();
                if (p.root() == Root.STATIC) {
                    made = made.map(PipelineHandlers::acrossChannels); // a static is shared by every channel's handler
                } else if (p.root() == Root.THIS || p.root() == Root.OUTER && (p.rootName().equals(f.owner().name())
                        || program.isSubtype(p.rootName(), f.owner().name()))) {
                    made = made.map(t -> PipelineHandlers.ofOwnObject(program, t, f.owner()));
                    if (p.root() == Root.THIS && r.loop() == null) {
                        byClass = byClass(program, shared.byClassAt(e.method(), r.site()), f);
                    }
                }
                byField.computeIfAbsent(f, k -> new ArrayList<>())
                        .add(new FieldUse(f, e, r.op(), r.call(), held, r.site(), r.originMethod(), r.origin(), made,
                                objectClass(program, e.method(), p), byClass));
            }
        }
        return byField;
    }

    /** The threads of an access to the entry's own object, kept apart by the class of the object. */
    private static List<FieldUse.OnClass> byClass(Program program, Map<TypeInfo, ThreadSet> states, FieldInfo f) {
        List<FieldUse.OnClass> result = new ArrayList<>(states.size());
        for (Map.Entry<TypeInfo, ThreadSet> s : states.entrySet()) {
            result.add(new FieldUse.OnClass(s.getKey(), s.getValue().map(t -> PipelineHandlers.ofOwnObject(program, t,
                    f.owner()))));
        }
        return result;
    }

    /**
     * The class the object whose field {@code p} names belongs to, as {@code entry} knows it: its own class
     * for {@code this.f}, the enclosing class for {@code Outer.this.f}; {@code null} for anything else.
     */
    private static TypeInfo objectClass(Program program, MethodInfo entry, AccessPath p) {
        return switch (p.root()) {
            case THIS -> entry.owner();
            case OUTER -> program.type(p.rootName());
            default -> null;
        };
    }

    /**
     * The field an access path names: as the method that makes the access reads it when that is a method
     * of the object's own class line ({@code super.localAddress()} writes the superclass's private
     * {@code localAddress}, not a subclass field of the same name), else as the entry reads it.
     */
    private static FieldInfo ownField(Program program, MethodInfo entry, MethodInfo origin, AccessPath p) {
        if (p.root() == Root.THIS && origin != null && origin.owner() != entry.owner()
                && (program.isSubtype(entry.owner().name(), origin.owner().name())
                    || program.isSubtype(origin.owner().name(), entry.owner().name()))) {
            FieldInfo declared = program.field(origin, p);
            if (declared != null) {
                return declared;
            }
        }
        return program.field(entry, p);
    }

    /**
     * An entry of a superclass that reaches a subclass's own field by calling an override: the override
     * is an entry of its own, where the access belongs. The entry names the field through {@code this}, or
     * through {@code this} seen as the subclass ({@code Sub.this.f}, as a call of the override is summarized).
     */
    private static boolean reachedByDispatchDown(Program program, Entry e, AccessPath p, FieldInfo f) {
        TypeInfo owner = e.method().owner();
        boolean self = p.root() == Root.THIS || p.root() == Root.OUTER && !p.rootName().equals(owner.name())
                && program.isSubtype(p.rootName(), owner.name());
        return self && owner != f.owner() && !program.isSubtype(owner.name(), f.owner().name());
    }

    /**
     * An access to the entry's own object made by an override in a class of another line than the entry's
     * (a template method's hook, implemented by a sibling subclass): the call that reaches it dispatches to
     * the override of the object's own class, so that code never runs on the entry's object.
     */
    private static boolean siblingOverride(Program program, Entry e, MethodInfo origin, AccessPath p) {
        if (p.root() != Root.THIS || origin == null || origin.facts().isClosure() || origin.facts().isStatic()) {
            return false;
        }
        TypeInfo a = e.method().owner();
        TypeInfo b = origin.owner();
        return a != b && !a.isAnonymous() && !b.isAnonymous() && a.enclosing() != b && b.enclosing() != a
                && !program.isSubtype(a.name(), b.name()) && !program.isSubtype(b.name(), a.name());
    }

    /** A lock as the field's owner instance names it; locks of other objects keep a distinct name. */
    static LockRef relative(Program program, LockRef lock, MethodInfo m, TypeInfo owner) {
        if (lock.kind() == LockRef.Kind.CLASS || lock.path() == null) {
            return lock;
        }
        AccessPath p = lock.path();
        if (p.root() == Root.THIS) {
            boolean same = m.owner() == owner || program.isSubtype(m.owner().name(), owner.name());
            return same ? lock : new LockRef(lock.kind(), new AccessPath(Root.OUTER, m.owner().name(), p.fields()),
                    lock.className());
        }
        if (p.root() == Root.OUTER && p.rootName().equals(owner.name())) {
            return new LockRef(lock.kind(), new AccessPath(Root.THIS, "", p.fields()), lock.className());
        }
        return lock;
    }
}
