package dev.fearless.facts;

import java.util.List;

/**
 * A type as written in the source, erased to its name plus type arguments and array dimensions:
 * {@code Map<String, List<Foo>>[]} is name {@code Map}, two arguments, one dimension. Names are not
 * resolved here; the program stage resolves them against imports and the scanned types.
 */
public record TypeRef(String name, List<TypeRef> arguments, int arrayDimensions) {

    /** The type of an expression or variable whose type is not known ({@code var}, lambda parameters). */
    public static final TypeRef UNKNOWN = new TypeRef("", List.of(), 0);

    public TypeRef {
        name = name.intern();
        arguments = List.copyOf(arguments);
    }

    public static TypeRef of(String name) {
        return new TypeRef(name, List.of(), 0);
    }

    public boolean isKnown() {
        return !name.isEmpty();
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    public boolean isPrimitive() {
        return arrayDimensions == 0 && switch (name) {
            case "boolean", "byte", "char", "short", "int", "long", "float", "double" -> true;
            default -> false;
        };
    }

    /** The primitive {@code boolean}: the one primitive a number cannot be passed to. */
    public boolean isBoolean() {
        return arrayDimensions == 0 && name.equals("boolean");
    }

    /** A {@code long} or {@code double}: a write of one that is not volatile may be seen in two halves (JLS 17.7). */
    public boolean isWide() {
        return arrayDimensions == 0 && (name.equals("long") || name.equals("double"));
    }

    /** The last segment of the name: {@code java.util.Map.Entry} gives {@code Entry}. */
    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** The element type of an array type, or the first type argument of a generic one. */
    public TypeRef element() {
        if (arrayDimensions > 0) {
            return new TypeRef(name, arguments, arrayDimensions - 1);
        }
        return arguments.isEmpty() ? UNKNOWN : arguments.get(0);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name.isEmpty() ? "?" : name);
        if (!arguments.isEmpty()) {
            text.append('<');
            for (int i = 0; i < arguments.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(arguments.get(i));
            }
            text.append('>');
        }
        text.append("[]".repeat(arrayDimensions));
        return text.toString();
    }
}
