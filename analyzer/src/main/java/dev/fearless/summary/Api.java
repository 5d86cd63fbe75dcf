package dev.fearless.summary;

import dev.fearless.facts.Modifiers;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.Set;

/**
 * Which methods code outside the scanned program can call: public methods (and interface methods) of
 * public types whose enclosing types are public too, outside the packages a project keeps for itself by
 * convention ({@code internal}) and the types and members its audience annotations keep for it. Their callers in the program are not all their callers; those of every
 * other method are (a subclass outside may call a protected hook, but template methods call hooks,
 * clients do not).
 */
public final class Api {

    private Api() {
    }

    /** Whether clients outside the program can call {@code m}. */
    public static boolean exported(Program program, MethodInfo m) {
        return exported(m) && !internal(program, m.owner()) && !program.audiences().keptForProject(m);
    }

    /**
     * Whether the type is one its project keeps for itself: in a package so named by convention
     * ({@code org.example.internal}), or so declared by the project's audience annotations
     * ({@link dev.fearless.program.Audiences}). Only the project's own code calls it, even where the
     * language lets others.
     */
    public static boolean internal(Program program, TypeInfo t) {
        if (program.audiences().keptForProject(t)) {
            return true;
        }
        for (String segment : t.file().packageName().split("\\.", -1)) {
            if (program.knowledge().inGroup(NameGroup.INTERNAL_PACKAGE, segment)) {
                return true;
            }
        }
        return false;
    }

    private static boolean exported(MethodInfo m) {
        if (m.facts().isClosure() || m.facts().isInitialization() && !m.facts().isConstructor()) {
            return false;
        }
        boolean visible = Modifiers.has(m.facts().modifiers(), Modifiers.PUBLIC)
                || m.owner().isInterface() && !m.facts().isPrivate();
        return visible && exported(m.owner());
    }

    /** Whether a type is visible outside its package, as are all the types it is nested in. */
    public static boolean exported(TypeInfo t) {
        for (TypeInfo c = t; c != null; c = c.enclosing()) {
            if (c.isAnonymous() || c.isLocal()) {
                return false;
            }
            TypeInfo outer = c.enclosing();
            boolean memberOfInterface = outer != null && outer.isInterface();
            if (!Modifiers.has(c.facts().modifiers(), Modifiers.PUBLIC) && !memberOfInterface) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code m} may override a method that code outside the program calls: one of a library
     * supertype (any, unless the knowledge base lists every method of it without this name) or one that
     * a program supertype exports ({@link #exported(Program, MethodInfo)}).
     */
    public static boolean overridesForClients(Program program, MethodInfo m) {
        for (String s : program.supertypes(m.owner().name())) {
            TypeInfo t = program.type(s);
            if (t == null ? overridesLibrary(program, s, m) : t != m.owner() && exportedIn(program, t, m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overridesLibrary(Program program, String type, MethodInfo m) {
        Set<String> declared = program.knowledge().declaredMethods(type);
        return !type.equals("java.lang.Object") && (declared == null || declared.contains(m.name()));
    }

    private static boolean exportedIn(Program program, TypeInfo t, MethodInfo m) {
        for (MethodInfo o : program.lookup(t, m.name(), m.facts().arity())) {
            if (o.owner() == t && exported(program, o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code m} overrides no method of its supertypes: program types declare none of its name and
     * arity, and library types list ({@code declares}) every method they have, none of that name. Then
     * no supertype's code, in the program or outside it, calls {@code m} in their name.
     */
    public static boolean overridesNothing(Program program, MethodInfo m) {
        for (String s : program.supertypes(m.owner().name())) {
            TypeInfo t = program.type(s);
            if (t == null ? overridesLibrary(program, s, m) : t != m.owner() && !program.lookup(t, m.name(), m.facts().arity()).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
