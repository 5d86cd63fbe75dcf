package dev.fearless.extract;

import dev.fearless.facts.TypeRef;
import java.util.HashMap;
import java.util.Map;

/**
 * A lexical scope: a block of local variables owned by one body walker, or the fields of a type.
 * Scopes chain outwards, across lambdas and local/anonymous classes, so a name resolves to the right
 * local (captured or not), field (this or an enclosing instance's) or nothing.
 */
final class Scope {

    /** A local variable or parameter visible in a block scope. */
    record Local(String uniqueName, TypeRef type, boolean parameter, BodyExtractor owner) {
    }

    final Scope parent;
    final BodyExtractor owner;
    final TypeShape type;
    private final Map<String, Local> locals;

    private Scope(Scope parent, BodyExtractor owner, TypeShape type) {
        this.parent = parent;
        this.owner = owner;
        this.type = type;
        this.locals = type == null ? new HashMap<>() : Map.of();
    }

    static Scope ofType(TypeShape type, Scope parent) {
        return new Scope(parent, null, type);
    }

    static Scope block(Scope parent, BodyExtractor owner) {
        return new Scope(parent, owner, null);
    }

    void declare(String name, Local local) {
        locals.put(name, local);
    }

    Local local(String name) {
        return locals.get(name);
    }

    boolean isType() {
        return type != null;
    }
}
