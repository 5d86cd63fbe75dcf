package dev.fearless.extract;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.type.WildcardType;
import dev.fearless.facts.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** Converts JavaParser types to {@link TypeRef}s, as written. */
final class TypeRefs {

    private TypeRefs() {
    }

    static TypeRef of(Type type) {
        if (type instanceof ArrayType array) {
            TypeRef component = of(array.getComponentType());
            return new TypeRef(component.name(), component.arguments(), component.arrayDimensions() + 1);
        }
        if (type instanceof ClassOrInterfaceType c) {
            if (c.getNameWithScope().equals("var") && c.getTypeArguments().isEmpty()) {
                return TypeRef.UNKNOWN;
            }
            List<TypeRef> args = new ArrayList<>();
            c.getTypeArguments().ifPresent(list -> list.forEach(t -> args.add(of(t))));
            return new TypeRef(c.getNameWithScope(), args, 0);
        }
        if (type instanceof PrimitiveType p) {
            return TypeRef.of(p.asString());
        }
        if (type instanceof VoidType) {
            return TypeRef.of("void");
        }
        if (type instanceof WildcardType w) {
            return w.getExtendedType().map(TypeRefs::of)
                    .orElseGet(() -> w.getSuperType().isPresent() ? TypeRef.UNKNOWN : TypeRef.of("Object"));
        }
        if (type instanceof UnionType u && !u.getElements().isEmpty()) {
            return of(u.getElements().get(0));
        }
        if (type instanceof IntersectionType i && !i.getElements().isEmpty()) {
            return of(i.getElements().get(0));
        }
        if (type instanceof VarType) {
            return TypeRef.UNKNOWN;
        }
        return TypeRef.UNKNOWN;
    }

    /**
     * A parameter's type with the method's own bounded type variables erased to their first bound, as the
     * compiler does: {@code <T extends Sink> void register(T sink)} takes a {@code Sink}. Unbounded ones
     * stay as written.
     */
    static TypeRef erased(Type type, NodeList<TypeParameter> variables) {
        TypeRef t = of(type);
        for (TypeParameter v : variables) {
            if (v.getNameAsString().equals(t.name()) && t.arguments().isEmpty() && !v.getTypeBound().isEmpty()) {
                TypeRef bound = of(v.getTypeBound().get(0));
                return new TypeRef(bound.name(), bound.arguments(), t.arrayDimensions());
            }
        }
        return t;
    }

    /** All alternatives of a catch parameter's type ({@code IOException | InterruptedException}). */
    static List<TypeRef> alternatives(Type type) {
        if (type instanceof UnionType u) {
            List<TypeRef> all = new ArrayList<>();
            u.getElements().forEach(t -> all.add(of(t)));
            return all;
        }
        return List.of(of(type));
    }
}
