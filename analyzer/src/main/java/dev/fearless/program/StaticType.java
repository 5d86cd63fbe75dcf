package dev.fearless.program;

import dev.fearless.facts.TypeRef;

/**
 * The static type of a value, as far as the program can tell: the resolved qualified name (a program
 * type or a knowledge-base type; {@code null} when unknown), the type as written (for its type
 * arguments and array dimensions), and the type it was written in (to resolve those arguments).
 */
public record StaticType(String name, TypeRef written, TypeInfo context) {

    public static final StaticType UNKNOWN = new StaticType(null, TypeRef.UNKNOWN, null);

    public boolean isKnown() {
        return name != null;
    }

    public boolean isArray() {
        return written.isArray();
    }
}
