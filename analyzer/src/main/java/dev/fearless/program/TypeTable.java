package dev.fearless.program;

import dev.fearless.facts.FileFacts;
import dev.fearless.facts.TypeFacts;
import dev.fearless.facts.TypeRef;
import dev.fearless.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's types: one {@link TypeInfo} per declared type, indexed by qualified name (when two
 * files declare the same name, the first declaration is the one the name stands for), and the direct
 * links between them: each type's enclosing type, its resolved superclass and interfaces, and its
 * direct subtypes.
 *
 * <p>Built entirely in its constructor and immutable afterwards. The links form cycles (a nested class
 * may extend the class it is nested in), so the types read their links from this table instead of
 * holding them.
 */
final class TypeTable {

    private final List<TypeInfo> declared;
    private final Map<String, TypeInfo> byName;
    private final List<MethodInfo> methods;
    private final TypeInfo[] enclosing;
    private final String[] superclass;
    private final List<List<String>> interfaces;
    private final List<List<TypeInfo>> subtypes;

    TypeTable(List<FileFacts> files, KnowledgeBase knowledge) {
        List<TypeInfo> all = new ArrayList<>();
        Map<String, TypeInfo> index = new LinkedHashMap<>();
        List<MethodInfo> allMethods = new ArrayList<>();
        for (FileFacts file : files) {
            for (TypeFacts t : file.types()) {
                TypeInfo info = new TypeInfo(t, file, this, all.size());
                all.add(info);
                index.putIfAbsent(t.name(), info);
                allMethods.addAll(info.methods());
            }
        }
        this.declared = List.copyOf(all);
        this.byName = Map.copyOf(index);
        this.methods = List.copyOf(allMethods);
        int n = declared.size();
        this.enclosing = new TypeInfo[n];
        this.superclass = new String[n];
        this.interfaces = new ArrayList<>(Collections.nCopies(n, List.of()));
        this.subtypes = new ArrayList<>(Collections.nCopies(n, List.of()));
        for (TypeInfo t : declared) {
            enclosing[t.id()] = type(t.facts().enclosingType());
        }
        linkSupertypes(knowledge);
        linkSubtypes();
    }

    /**
     * Resolves each type's superclass and interfaces, in declaration order. A supertype may be named
     * through a member type inherited by the enclosing type, so names are resolved with the hierarchy
     * linked so far: a type sees the supertypes of the types declared before it, not of those after.
     * The resolver used here (and its memo) serves this step only.
     */
    private void linkSupertypes(KnowledgeBase knowledge) {
        TypeResolver names = new TypeResolver(this, new Hierarchy(this, knowledge), knowledge);
        for (TypeInfo t : declared) {
            String superName = supertypeName(names, t.facts().superclass(), t);
            List<String> interfaceNames = new ArrayList<>();
            for (TypeRef i : t.facts().interfaces()) {
                String name = supertypeName(names, i, t);
                if (name != null) {
                    interfaceNames.add(name);
                }
            }
            superclass[t.id()] = superName;
            interfaces.set(t.id(), List.copyOf(interfaceNames));
        }
    }

    /** A supertype's name, resolved where the type is written (in its enclosing type), never the type itself. */
    private static String supertypeName(TypeResolver names, TypeRef ref, TypeInfo t) {
        if (!ref.isKnown()) {
            return null;
        }
        TypeInfo lexical = t.enclosing() != null ? t.enclosing() : t;
        String name = names.resolve(ref.name(), lexical);
        return name == null || name.equals(t.name()) ? null : name;
    }

    private void linkSubtypes() {
        List<List<TypeInfo>> found = new ArrayList<>(Collections.nCopies(declared.size(), null));
        for (TypeInfo t : declared) {
            addSubtype(found, type(t.superclass()), t);
            for (String i : t.interfaces()) {
                addSubtype(found, type(i), t);
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i) != null) {
                subtypes.set(i, List.copyOf(found.get(i)));
            }
        }
    }

    private static void addSubtype(List<List<TypeInfo>> found, TypeInfo supertype, TypeInfo subtype) {
        if (supertype != null && supertype != subtype) {
            List<TypeInfo> list = found.get(supertype.id());
            if (list == null) {
                list = new ArrayList<>();
                found.set(supertype.id(), list);
            }
            list.add(subtype);
        }
    }

    /** The type a qualified name stands for, or {@code null}. */
    TypeInfo type(String qualifiedName) {
        return qualifiedName == null ? null : byName.get(qualifiedName);
    }

    /** Whether a qualified name stands for a program type. */
    boolean contains(String qualifiedName) {
        return qualifiedName != null && byName.containsKey(qualifiedName);
    }

    /** The types qualified names stand for (one per name). */
    Collection<TypeInfo> types() {
        return byName.values();
    }

    /** Every declared type, in file order, including those whose name an earlier declaration took. */
    List<TypeInfo> declared() {
        return declared;
    }

    /** Every method, constructor, initializer and closure of the program, in file order. */
    List<MethodInfo> methods() {
        return methods;
    }

    TypeInfo enclosing(TypeInfo t) {
        return enclosing[t.id()];
    }

    String superclass(TypeInfo t) {
        return superclass[t.id()];
    }

    List<String> interfaces(TypeInfo t) {
        return interfaces.get(t.id());
    }

    List<TypeInfo> subtypes(TypeInfo t) {
        return subtypes.get(t.id());
    }
}
