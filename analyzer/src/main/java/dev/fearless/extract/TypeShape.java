package dev.fearless.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * A type being extracted, as the name scope sees it: its qualified name, its fields, and whether its
 * bodies run with an enclosing instance. Fields are collected before any body is walked, because a
 * method may use a field declared below it.
 */
final class TypeShape {

    final String name;
    final TypeShape enclosing;
    final boolean hasOuterInstance;
    final Map<String, FieldShape> fields = new HashMap<>();
    /** The superclass as written ({@code Base}, {@code Outer.Base}), or {@code null}: its fields declared in the file are inherited. */
    String superclass;
    int anonymousCount;
    int localCount;

    TypeShape(String name, TypeShape enclosing, boolean hasOuterInstance) {
        this.name = name;
        this.enclosing = enclosing;
        this.hasOuterInstance = hasOuterInstance;
    }

    /** The outermost type of the file this type is nested in. */
    TypeShape topLevel() {
        TypeShape t = this;
        while (t.enclosing != null) {
            t = t.enclosing;
        }
        return t;
    }
}
