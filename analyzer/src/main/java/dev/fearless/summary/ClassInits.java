package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How class initializations follow one another (JLS 12.4): which types a class's initialization
 * initializes first (its superclasses, and the superinterfaces that declare a default method, JLS
 * 12.4.2 step 7; an interface initializes none of its superinterfaces), and where the program starts
 * a type's initialization (creating an instance, calling a static method, using a static field).
 * Code of a type only runs once that type's initialization has begun, so a start written there
 * cannot come first.
 */
public final class ClassInits {

    private final Program program;
    /** The methods that start a type's initialization, by the type started. */
    private final Map<TypeInfo, List<MethodInfo>> starts = new IdentityHashMap<>();

    ClassInits(Program program) {
        this.program = program;
        for (MethodInfo m : program.methods()) {
            for (Event e : m.facts().events()) {
                for (TypeInfo t : started(m, e)) {
                    List<MethodInfo> list = starts.computeIfAbsent(t, k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != m) {
                        list.add(m);
                    }
                }
            }
        }
    }

    /**
     * The program types an event starts initializing: the class it creates an instance of, the type of
     * a static method it calls or of a static field it uses (also inside the values it uses, since reads
     * of final fields have no events of their own).
     */
    public List<TypeInfo> started(MethodInfo m, Event e) {
        List<TypeInfo> result = new ArrayList<>();
        if (e instanceof Event.NewObject n) {
            add(result, program.resolveType(n.type(), m.owner()));
        } else if (e instanceof Event.Call call && call.receiver() instanceof Value.TypeName t) {
            add(result, program.staticType(m, t).name());
        } else if (e instanceof Event.FieldAccess fa && fa.path().isStaticField()) {
            add(result, staticOwner(m, fa.path()));
        }
        for (Value v : values(e)) {
            AccessPath p = v.pathOrNull();
            if (p != null && p.isStaticField()) {
                add(result, staticOwner(m, p));
            }
        }
        return result;
    }

    private void add(List<TypeInfo> into, String name) {
        TypeInfo t = name == null ? null : program.type(name);
        if (t != null && !into.contains(t)) {
            into.add(t);
        }
    }

    /** The type owning a static field path ({@code Type.FIELD}), or {@code null}. */
    public String staticOwner(MethodInfo m, AccessPath p) {
        return program.type(p.rootName()) != null ? p.rootName() : program.resolveType(p.rootName(), m.owner());
    }

    private static List<Value> values(Event e) {
        List<Value> result = new ArrayList<>();
        if (e instanceof Event.Call c) {
            result.add(c.receiver());
            result.addAll(c.args());
        } else if (e instanceof Event.NewObject n) {
            result.addAll(n.args());
        } else if (e instanceof Event.FieldAccess fa) {
            result.add(fa.value());
        } else if (e instanceof Event.LocalAssign la) {
            result.add(la.value());
        } else if (e instanceof Event.Return r) {
            result.add(r.value());
        }
        return result;
    }

    /**
     * Whether initializing {@code sub} first initializes {@code base} (JLS 12.4.2): {@code base} is a
     * superclass of the class {@code sub}, or an interface declaring a default method among the
     * superinterfaces of {@code sub} or of its superclasses. Initializing an interface initializes
     * none of its superinterfaces.
     */
    public boolean initializes(TypeInfo sub, TypeInfo base) {
        if (sub == base) {
            return true;
        }
        if (sub.isInterface()) {
            return false;
        }
        if (base.isInterface() && !declaresDefault(base)) {
            return false;
        }
        Set<TypeInfo> seen = new LinkedHashSet<>();
        Deque<TypeInfo> work = new ArrayDeque<>(List.of(sub));
        while (!work.isEmpty()) {
            TypeInfo t = work.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t == base) {
                return true;
            }
            if (!t.isInterface()) {
                add(work, t.superclass());
            }
            if (base.isInterface()) {
                for (String i : t.interfaces()) {
                    add(work, i);
                }
            }
        }
        return false;
    }

    private void add(Deque<TypeInfo> work, String name) {
        TypeInfo t = name == null ? null : program.type(name);
        if (t != null) {
            work.add(t);
        }
    }

    private static boolean declaresDefault(TypeInfo t) {
        for (MethodInfo m : t.methods()) {
            if (!m.facts().isClosure() && Modifiers.has(m.facts().modifiers(), Modifiers.DEFAULT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A way a thread can start initializing {@code sub} (or a subclass of it) while {@code base}'s
     * initialization has not begun: {@code sub} or a subclass is reachable from outside the program
     * (public), or the program starts it from code that runs before {@code base} is initialized (code
     * of a type whose initialization does not initialize {@code base}). The method that does so, the
     * accessible type itself ({@link Start#method()} {@code null}), or {@code null} when every start is
     * in code that can only run once {@code base}'s initialization has begun: {@code base}'s own, or
     * that of its subclasses.
     */
    public Start independentStart(TypeInfo sub, TypeInfo base) {
        Map<TypeInfo, Boolean> seen = new HashMap<>();
        Deque<TypeInfo> family = new ArrayDeque<>(List.of(sub));
        while (!family.isEmpty()) {
            TypeInfo t = family.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            if (startableOutside(t)) {
                return new Start(t, null);
            }
            for (MethodInfo m : starts.getOrDefault(t, List.of())) {
                if (!runsAfter(m, base, new HashSet<>())) {
                    return new Start(t, m);
                }
            }
            for (TypeInfo s : t.subtypes()) {
                if (!s.isInterface()) {
                    family.add(s);
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code m} only runs once {@code base}'s initialization has begun: it is code of a type whose
     * initialization initializes {@code base}, or instance code of a type that code outside the program
     * cannot name or make (or that is nested in {@code base}) and whose objects only such code makes (a
     * serializer nested in {@code base}, made by its static initializer); not when the program makes none of its objects. A type already being examined is assumed to (its objects have no other
     * source).
     */
    private boolean runsAfter(MethodInfo m, TypeInfo base, Set<TypeInfo> visiting) {
        TypeInfo home = home(m);
        if (home == null) {
            return false;
        }
        if (initializes(home, base)) {
            return true;
        }
        if (m.declaringMethod().facts().isStatic() || home.isInterface()) {
            return false;
        }
        if (!visiting.add(home)) {
            return true;
        }
        Deque<TypeInfo> family = new ArrayDeque<>(List.of(home));
        Set<TypeInfo> seen = new HashSet<>();
        boolean made = false;
        while (!family.isEmpty()) {
            TypeInfo t = family.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (startableOutside(t) && !nestedIn(t, base)) {
                return false;
            }
            for (MethodInfo start : starts.getOrDefault(t, List.of())) {
                made = true;
                if (!runsAfter(start, base, visiting)) {
                    return false;
                }
            }
            family.addAll(t.subtypes());
        }
        return made; // objects the program never makes come from where it cannot see: no evidence
    }

    /**
     * Whether {@code t} is written inside {@code base} (a helper of it, such as its serializer): code outside
     * that makes an object of such a type itself, rather than taking the one {@code base} made, is not
     * the program's use of it, so only the program's own makings count.
     */
    private static boolean nestedIn(TypeInfo t, TypeInfo base) {
        for (TypeInfo x = t.enclosing(); x != null; x = x.enclosing()) {
            if (x == base) {
                return true;
            }
        }
        return false;
    }

    /** Where a type's initialization can start first: in {@code method}, or from outside the program when {@code null}. */
    public record Start(TypeInfo type, MethodInfo method) {
    }

    /**
     * The type whose code a method is: its declaring method's owner, and for a local or anonymous class
     * the type whose method it is written in (it only runs once that code has run).
     */
    private static TypeInfo home(MethodInfo m) {
        TypeInfo t = m.declaringMethod().owner();
        int guard = 0;
        while (t != null && (t.isLocal() || t.isAnonymous()) && guard++ < 64) {
            MethodInfo in = t.enclosingMethod();
            if (in == null) {
                return t.isAnonymous() ? t.enclosing() : t;
            }
            t = in.declaringMethod().owner();
        }
        return t;
    }

    /**
     * Whether code outside the program can start {@code t}'s initialization: it can name the type, and the type
     * lets it make an object (a constructor that is not private, or the implicit one) or use a static member
     * (a method, or a field that is not a constant) that is not private. A public class whose constructors
     * are all private and which has no such static member starts only from its own nest's code.
     */
    private static boolean startableOutside(TypeInfo t) {
        if (!accessibleOutside(t)) {
            return false;
        }
        boolean constructors = false;
        for (MethodInfo m : t.methods()) {
            MethodFacts f = m.facts();
            if (f.kind() == MethodFacts.Kind.CONSTRUCTOR) {
                constructors = true;
                if (!f.isPrivate()) {
                    return true;
                }
            } else if (f.isStatic() && !f.isPrivate() && !f.isClosure() && f.kind() == MethodFacts.Kind.METHOD) {
                return true;
            }
        }
        for (FieldInfo field : t.fields()) {
            FieldFacts f = field.facts();
            boolean constant = f.isFinal() && f.initializer() instanceof Value.Literal;
            if (f.isStatic() && !f.isPrivate() && !constant) {
                return true;
            }
        }
        return !constructors; // the implicit constructor has the class's own access
    }

    /** Whether code outside the program can name the type: public or protected, and so is every enclosing type. */
    private static boolean accessibleOutside(TypeInfo t) {
        for (TypeInfo x = t; x != null; x = x.enclosing()) {
            if (x.isLocal() || x.isAnonymous()) {
                return false;
            }
            int mods = x.facts().modifiers();
            boolean open = Modifiers.has(mods, Modifiers.PUBLIC) || Modifiers.has(mods, Modifiers.PROTECTED)
                    || x.enclosing() != null && x.enclosing().isInterface() && !Modifiers.has(mods, Modifiers.PRIVATE);
            if (!open) {
                return false;
            }
        }
        return true;
    }
}
