package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import java.util.List;
import java.util.Set;

/**
 * Whether code changes an object rather than only reading it: a mutating call on a JDK container,
 * builder or date (the knowledge base's name groups), a call of a program method that writes its own
 * fields, a field or element write through a variable. Unknown library calls are not mutations
 * (unknown is no evidence).
 */
public final class Mutations {

    /** How deep calls into the program are followed. */
    private static final int DEPTH = 2;

    /** Calls on a mutable library object (a ByteBuffer, a BitSet...) that only read it. */
    private static final Set<String> READS = Set.of("toString", "hashCode", "equals", "getClass", "size", "length",
            "isEmpty", "capacity", "remaining", "hasRemaining", "limit", "position", "cardinality", "clone");

    private Mutations() {
    }

    /** Whether the call at {@code index} of {@code m} changes the object it is called on. */
    public static boolean mutatesReceiver(Program program, MethodInfo m, int index, Event.Call call) {
        return mutatesReceiver(program, m, index, call, DEPTH);
    }

    private static boolean mutatesReceiver(Program program, MethodInfo m, int index, Event.Call call, int depth) {
        List<MethodInfo> targets = program.callGraph().targets(m, index);
        if (!targets.isEmpty()) {
            return depth > 0 && targets.stream().anyMatch(t -> !t.facts().isStatic() && writesOwnState(program, t, depth - 1));
        }
        StaticType type = program.staticType(m, call.receiver());
        return libraryMutation(program, type.name(), call.name());
    }

    /** Whether calling {@code name} on a library object of type {@code type} changes it. */
    public static boolean libraryMutation(Program program, String type, String name) {
        if (type == null || program.type(type) != null) {
            return false;
        }
        var kb = program.knowledge();
        if (program.is(type, TypeTrait.COLLECTION) || program.is(type, TypeTrait.MAP)) {
            return kb.inGroup(NameGroup.COLLECTION_WRITE, name);
        }
        if (program.is(type, TypeTrait.STRINGBUILDER)) {
            return kb.inGroup(NameGroup.BUILDER_WRITE, name);
        }
        if (type.equals("java.util.Date") || program.isSubtype(type, "java.util.Calendar")) {
            return kb.inGroup(NameGroup.DATE_WRITE, name);
        }
        if (program.is(type, TypeTrait.UNSAFE)) {
            return !READS.contains(name) && !name.startsWith("is") && !name.startsWith("has")
                    && !name.startsWith("to") && !name.startsWith("contains");
        }
        return false;
    }

    /** Whether a program method (or what it calls on the same object) writes the object's own state. */
    public static boolean writesOwnState(Program program, MethodInfo m, int depth) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().root() == AccessPath.Root.THIS
                    && fa.path().isField()) {
                return true;
            }
            if (!(e instanceof Event.Call c)) {
                continue;
            }
            AccessPath receiver = c.receiver().pathOrNull();
            if (receiver != null && receiver.root() == AccessPath.Root.THIS && receiver.isField()
                    && mutatesReceiver(program, m, i, c, depth)) {
                return true;
            }
            boolean self = c.receiver() instanceof Value.Implicit || receiver != null && receiver.isThis();
            if (self && depth > 0) {
                for (MethodInfo t : program.callGraph().targets(m, i)) {
                    if (!t.facts().isStatic() && writesOwnState(program, t, depth - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a value is the variable {@code name} itself (a local, a parameter, or a captured local). */
    public static boolean isVariable(Value v, String name) {
        AccessPath p = v.pathOrNull();
        return p != null && !p.isField() && isRoot(p, name);
    }

    /** Whether a path starts at the variable {@code name}. */
    public static boolean isRoot(AccessPath p, String name) {
        return (p.root() == AccessPath.Root.LOCAL || p.root() == AccessPath.Root.PARAM) && p.rootName().equals(name);
    }

    /**
     * Whether the event at {@code index} of {@code m} changes the object held in variable {@code name}: a
     * mutating call on it, a write of one of its fields or elements, or passing it to a program method
     * that changes its parameter.
     */
    public static boolean mutatesVariable(Program program, MethodInfo m, int index, String name) {
        Event e = m.facts().events().get(index);
        if (e instanceof Event.FieldAccess fa) {
            return fa.kind().isWrite() && isRoot(fa.path(), name)
                    && (fa.path().isField() || fa.kind() == Event.AccessKind.ELEMENT_WRITE);
        }
        if (!(e instanceof Event.Call call)) {
            return false;
        }
        if (isVariable(call.receiver(), name) && mutatesReceiver(program, m, index, call)) {
            return true;
        }
        for (int a = 0; a < call.args().size(); a++) {
            if (isVariable(call.args().get(a), name)) {
                for (MethodInfo t : program.callGraph().targets(m, index)) {
                    if (a < t.facts().params().size()
                            && mutatesParameter(program, t, t.facts().params().get(a).name(), DEPTH - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a program method changes the object passed as its parameter {@code param}. */
    private static boolean mutatesParameter(Program program, MethodInfo m, String param, int depth) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().root() == AccessPath.Root.PARAM
                    && fa.path().rootName().equals(param) && fa.path().isField()) {
                return true;
            }
            if (!(e instanceof Event.Call call)) {
                continue;
            }
            AccessPath receiver = call.receiver().pathOrNull();
            if (receiver != null && !receiver.isField() && receiver.root() == AccessPath.Root.PARAM
                    && receiver.rootName().equals(param) && mutatesReceiver(program, m, i, call, depth)) {
                return true;
            }
            if (depth > 0) {
                for (int a = 0; a < call.args().size(); a++) {
                    AccessPath arg = call.args().get(a).pathOrNull();
                    if (arg != null && !arg.isField() && arg.root() == AccessPath.Root.PARAM && arg.rootName().equals(param)) {
                        for (MethodInfo t : program.callGraph().targets(m, i)) {
                            if (a < t.facts().params().size()
                                    && mutatesParameter(program, t, t.facts().params().get(a).name(), depth - 1)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }
}
