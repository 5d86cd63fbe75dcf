package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.TypeFacts;
import dev.fearless.facts.Value;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which program classes can have objects at all. A member class code outside its package cannot name
 * (private, or package-private), that nothing in the program makes ({@code new}, a
 * constructor reference, an anonymous subclass), names as a class literal (reflection, service loading) or
 * can bring back by deserialization, and that no annotation hands to a framework, has no objects, and
 * neither has a subclass of it with the same fate: its instance methods never run, whatever calls the
 * program's dispatch would send there (vert.x's {@code SimpleConnectionPool.LazyFuture}, a {@code Promise}
 * nothing makes). Any other class may have objects; so may a top-level class of the package, which
 * files the scan was not given may make, as a class shown alone (a snippet, one changed file) would be.
 */
final class Instantiations {

    private final Program program;
    /** The program types a {@code new}, a constructor reference or a class literal names. */
    private final Set<String> named = new HashSet<>();
    private final Map<TypeInfo, Boolean> memo = new IdentityHashMap<>();

    private Instantiations(Program program) {
        this.program = program;
    }

    static Instantiations of(Program program) {
        Instantiations result = new Instantiations(program);
        for (MethodInfo m : program.methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.NewObject n) {
                    result.name(program.resolveType(n.type(), m.owner()));
                    n.args().forEach(a -> result.classLiteral(a, m.owner()));
                } else if (e instanceof Event.Call c) {
                    c.args().forEach(a -> result.classLiteral(a, m.owner()));
                    result.classLiteral(c.receiver(), m.owner());
                } else if (e instanceof Event.FieldAccess fa && fa.value() != null) {
                    result.classLiteral(fa.value(), m.owner());
                }
            }
        }
        for (TypeInfo t : program.types()) {
            for (FieldFacts f : t.facts().fields()) {
                result.classLiteral(f.initializer(), t);
            }
        }
        return result;
    }

    private void name(String type) {
        if (type != null) {
            named.add(type);
        }
    }

    private void classLiteral(Value v, TypeInfo scope) {
        if (v instanceof Value.Literal l && l.kind() == Value.LiteralKind.CLASS) {
            name(program.resolveType(dev.fearless.facts.TypeRef.of(l.text()), scope));
        } else if (v instanceof Value.Choice c) {
            c.options().forEach(o -> classLiteral(o, scope));
        }
    }

    /** Whether objects of {@code t}, or of a program subclass of it, may exist. */
    boolean mayHaveObjects(TypeInfo t) {
        Boolean known = memo.get(t);
        if (known != null) {
            return known;
        }
        memo.put(t, Boolean.TRUE); // a cycle through the hierarchy decides nothing
        boolean result = madeOrReachable(t);
        for (List<TypeInfo> subs = t.subtypes(); !result && !subs.isEmpty(); subs = List.of()) {
            for (TypeInfo s : subs) {
                if (mayHaveObjects(s)) {
                    result = true;
                    break;
                }
            }
        }
        memo.put(t, result);
        return result;
    }

    /** Whether objects of {@code t} itself may exist, or the program cannot tell. */
    private boolean madeOrReachable(TypeInfo t) {
        return t.enclosing() == null || t.isAnonymous() || t.isLocal() || Api.exported(t) || named.contains(t.name())
                || t.facts().kind() == TypeFacts.Kind.ENUM || !t.facts().annotations().isEmpty()
                || deserializable(t);
    }

    private boolean deserializable(TypeInfo t) {
        return program.isSubtype(t.name(), "java.io.Serializable");
    }

    /** Whether {@code m} may run: it is static, or a constructor, or objects that have it may exist. */
    boolean mayRun(MethodInfo m) {
        return m.facts().isStatic() || m.facts().isConstructor() || m.facts().isInitialization()
                || m.facts().isClosure() || mayHaveObjects(m.owner());
    }
}
