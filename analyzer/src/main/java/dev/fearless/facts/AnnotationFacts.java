package dev.fearless.facts;

import java.util.List;

/**
 * An annotation use: its name as written and the string values it carries (its {@code value()} member,
 * array or single; other members are kept as {@code name=value}). Annotations are honoured by simple
 * name, whatever package they come from.
 */
public record AnnotationFacts(String name, List<String> values) {

    public AnnotationFacts {
        name = name.intern();
        values = List.copyOf(values);
    }

    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    public static boolean has(List<AnnotationFacts> annotations, String simpleName) {
        for (AnnotationFacts a : annotations) {
            if (a.simpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    public static List<String> valuesOf(List<AnnotationFacts> annotations, String simpleName) {
        for (AnnotationFacts a : annotations) {
            if (a.simpleName().equals(simpleName)) {
                return a.values();
            }
        }
        return List.of();
    }
}
