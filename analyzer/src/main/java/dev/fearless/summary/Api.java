package dev.fearless.summary;

import dev.fearless.facts.Modifiers;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.TypeInfo;

/**
 * Which methods code outside the scanned program can call: public methods (and interface methods) of
 * public types whose enclosing types are public too. Their callers in the program are not all their
 * callers; those of every other method are (a subclass outside may call a protected hook, but template
 * methods call hooks, clients do not).
 */
public final class Api {

    private Api() {
    }

    /** Whether clients outside the program can call {@code m}. */
    public static boolean exported(MethodInfo m) {
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
}
