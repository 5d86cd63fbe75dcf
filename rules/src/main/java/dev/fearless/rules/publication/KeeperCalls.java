package dev.fearless.rules.publication;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * What a keeper later runs on an object it was handed: a program method that only stores its parameter in
 * a private field of its own ({@code this.routingAppender = routingAppender}) can reach the object only
 * through that field, so the code it runs on it is what its class calls on the field
 * ({@code routingAppender.deleteAppender(key)}); one that only adds it to a private collection of its own
 * ({@code parentReaders.add(reader)}) reaches it only as an element, in the methods that take elements out
 * of that collection. Unknown when the parameter or the field goes anywhere else (passed on, returned,
 * copied, read through).
 */
final class KeeperCalls {

    private KeeperCalls() {
    }

    /**
     * The code that {@code keeper} and its class can run on the object passed as its parameter {@code a}: the
     * methods of {@code object}'s class they call on it, or the methods of the keeper's class that take it
     * out of the collection it was added to; {@code null} when that is not known.
     */
    static List<MethodInfo> of(Program program, MethodInfo keeper, int a, TypeInfo object) {
        if (a >= keeper.facts().params().size()) {
            return null;
        }
        String param = keeper.facts().params().get(a).name();
        FieldInfo field = null;
        FieldInfo collection = null;
        FieldInfo into;
        for (Event e : keeper.facts().events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.value().isParameter(param)) {
                FieldInfo f = fa.path().isOwnField() ? program.field(keeper, fa.path()) : null;
                if (field != null || f == null || !f.facts().isPrivate()) {
                    return null;
                }
                field = f;
            } else if (collection == null && e instanceof Event.Call c && (into = insertsInto(program, keeper, c, param)) != null) {
                collection = into;
            } else if (Event.handedOn(e).stream().anyMatch(v -> v != null && v.isParameter(param))) {
                return null; // handed on, returned or copied: other code may run anything on it
            }
        }
        if (field != null && collection != null) {
            return null;
        }
        return field != null ? calledThrough(program, field, object)
                : collection != null ? elementUsers(program, collection) : null;
    }

    /**
     * The private field of the keeper's own object holding a library collection that {@code c} adds the
     * parameter to ({@code parentReaders.add(reader)}), or null.
     */
    private static FieldInfo insertsInto(Program program, MethodInfo keeper, Event.Call c, String param) {
        AccessPath p = c.receiver().pathOrNull();
        if (p == null || !p.isOwnField() || !program.knowledge().inGroup(NameGroup.COLLECTION_INSERT, c.name())
                || c.args().isEmpty() || !c.args().get(c.args().size() - 1).isParameter(param)
                || c.args().subList(0, c.args().size() - 1).stream().anyMatch(v -> v.isParameter(param))) {
            return null;
        }
        FieldInfo f = program.field(keeper, p);
        String type = f == null ? null : program.resolveType(f.facts().type(), f.owner());
        return f != null && f.facts().isPrivate() && type != null && program.type(type) == null
                && (program.is(type, TypeTrait.COLLECTION) || program.is(type, TypeTrait.MAP)) ? f : null;
    }

    /**
     * The code that can run on an object kept as an element of {@code collection}: the methods of the
     * field's class that take elements out of it (iterate it, get or poll from it), whose code on each
     * element {@code ThisEscape} then follows; adding, removing and asking for members runs only the
     * element's {@code equals} and {@code hashCode}. Unknown (null) when the collection itself goes
     * anywhere else, when a class nested in the keeper's reaches it, or when a method that takes elements
     * out returns something.
     */
    private static List<MethodInfo> elementUsers(Program program, FieldInfo collection) {
        List<MethodInfo> result = new ArrayList<>();
        for (MethodInfo m : program.methods()) {
            if (m.owner() != collection.owner()) {
                if (m.owner().topLevel() == collection.owner().topLevel() && reachesFromInside(m, collection)) {
                    return null;
                }
                continue;
            }
            boolean takesOut = false;
            for (Event e : m.facts().events()) {
                if (Event.handedOn(e).stream().anyMatch(v -> holds(program, m, v, collection))) {
                    return null;
                }
                if (e instanceof Event.Call c && holds(program, m, c.receiver(), collection)
                        && !program.knowledge().inGroup(NameGroup.COLLECTION_MEMBERSHIP, c.name())) {
                    takesOut = true;
                }
            }
            if (takesOut && m.facts().events().stream().anyMatch(e -> e instanceof Event.Return r
                    && !(r.value() instanceof Value.Absent))) {
                return null;
            }
            if (takesOut) {
                result.add(m);
            }
        }
        return result;
    }

    /** The methods of {@code object}'s class that the code of the field's class calls on the object in {@code field}. */
    private static List<MethodInfo> calledThrough(Program program, FieldInfo field, TypeInfo object) {
        List<MethodInfo> result = new ArrayList<>();
        for (MethodInfo m : program.methods()) {
            // a class nested in the keeper's reaches the field through its enclosing instance, as the keeper does
            if (m.owner() != field.owner() && (m.owner().topLevel() != field.owner().topLevel()
                    || !reachesFromInside(m, field))) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.path().isField() && fa.path().fields().size() > 1
                        && fa.path().fields().get(0).equals(field.name())) {
                    return null; // a field of the object read or written directly
                }
                if (e instanceof Event.Call c && holds(program, m, c.receiver(), field)) {
                    for (MethodInfo t : program.lookup(object, c.name(), c.args().size())) {
                        if (!result.contains(t)) {
                            result.add(t);
                        }
                    }
                }
                if (Event.handedOn(e).stream().anyMatch(v -> holds(program, m, v, field))) {
                    return null;
                }
            }
        }
        return result;
    }

    /** Whether a method of a class nested in the field's class names the field of an enclosing instance. */
    private static boolean reachesFromInside(MethodInfo m, FieldInfo field) {
        for (Event e : m.facts().events()) {
            AccessPath p = Event.touched(e);
            if (p != null && p.root() == AccessPath.Root.OUTER && p.isField() && p.fields().get(0).equals(field.name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code v} is the field itself, read on the method's own object or on an enclosing instance. */
    private static boolean holds(Program program, MethodInfo m, Value v, FieldInfo field) {
        AccessPath p = v == null ? null : v.pathOrNull();
        return p != null && (p.isOwnField() || p.isEnclosingField()) && program.field(m, p) == field;
    }

}
