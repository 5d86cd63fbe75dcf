package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.Location;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.List;

/** Source-like text for values and locks, for messages: {@code cache}, {@code other.lock}, {@code getLock()}. */
public final class Describe {

    private Describe() {
    }

    public static String value(MethodInfo m, Value v) {
        if (v instanceof Value.PathValue pv) {
            return pv.path().display();
        }
        if (v instanceof Value.Literal lit) {
            return switch (lit.kind()) {
                case STRING -> "\"" + lit.text() + "\"";
                case CLASS -> simple(lit.text()) + ".class";
                default -> lit.text();
            };
        }
        if (v instanceof Value.CallResult cr) {
            List<Event> events = m.facts().events();
            if (cr.eventIndex() >= 0 && cr.eventIndex() < events.size() && events.get(cr.eventIndex()) instanceof Event.Call call) {
                String receiver = call.receiver() instanceof Value.Implicit ? "" : value(m, call.receiver()) + ".";
                return receiver + call.name() + "()";
            }
            return "(call)";
        }
        if (v instanceof Value.NewValue nv) {
            return "new " + nv.type().simpleName() + "(...)";
        }
        if (v instanceof Value.TypeName t) {
            return simple(t.name());
        }
        if (v instanceof Value.Implicit) {
            return "this";
        }
        if (v instanceof Value.Super) {
            return "super";
        }
        if (v instanceof Value.Choice c && c.options().size() == 2) {
            // a conditional: (custom != null ? custom : DEFAULT) reads "(custom or DEFAULT)"
            return "(" + value(m, c.options().get(0)) + " or " + value(m, c.options().get(1)) + ")";
        }
        return "(expression)";
    }

    /** A lock as the source names it: {@code this}, {@code lock}, {@code Foo.class}, {@code rw.writeLock()}. */
    public static String lock(LockRef lock) {
        return switch (lock.kind()) {
            case MONITOR, LOCK -> lock.path().isThis() ? "this" : lock.path().display();
            case CLASS -> simple(lock.className()) + ".class";
            case READ -> lock.path().display() + ".readLock()";
            case WRITE -> lock.path().display() + ".writeLock()";
        };
    }

    /** The locks of a set, each as the source names it, in back-quotes and separated by commas. */
    public static String locks(LockSet locks) {
        List<String> names = new ArrayList<>();
        for (LockRef l : locks.locks()) {
            names.add("`" + lock(l) + "`");
        }
        return String.join(", ", names);
    }

    /** A place as a message names it: the file's name (no folders) and the line, {@code Foo.java:12}. */
    public static String fileAndLine(Location where) {
        return where.path().substring(where.path().lastIndexOf('/') + 1) + ":" + where.pos().line();
    }

    public static String simple(String qualified) {
        return TypeInfo.simpleName(qualified);
    }

    /** What a field use touches, for messages: {@code `items`}, {@code `items.add()`}, {@code an element of `items`}. */
    public static String access(FieldUse u) {
        if (u.op() == AccessOp.CALL_ITERATE && u.field().facts().type().isArray()) {
            return "the loop over `" + u.field().name() + "`";
        }
        return switch (u.op()) {
            case CALL_READ, CALL_WRITE, CALL_ITERATE -> "`" + u.field().name() + "." + u.call() + "()`";
            case ELEMENT_READ, ELEMENT_WRITE -> "an element of `" + u.field().name() + "`";
            default -> "`" + u.field().name() + "`";
        };
    }

    /**
     * An entry whose run reaches an access, as a reader finds it in the code: the method ("`Cache.put`"),
     * or the lambda or method reference a task runs ("the lambda in `Cache.start`").
     */
    public static String entry(MethodInfo m) {
        if (!m.facts().isClosure()) {
            return "`" + m.display() + "`";
        }
        return (m.facts().isLambda() ? "the lambda in `" : "the method reference in `") + m.display() + "`";
    }

    /** A local's name as written: the extractor makes locals unique within a method as {@code name#n}. */
    public static String variable(String unique) {
        int hash = unique.indexOf('#');
        return hash < 0 ? unique : unique.substring(0, hash);
    }

    /**
     * Where a use is made, for a message: the method that makes it, and the entry its thread runs when
     * that is another method ({@code `SslConduit.closed`, reached from `SslConduit.terminateReads`}).
     */
    public static String side(FieldUse u) {
        String entry = "`" + u.method().display() + "`";
        return u.originMethod() == null || u.originMethod() == u.method() ? entry
                : "`" + u.originMethod().display() + "`, reached from " + entry;
    }
}
