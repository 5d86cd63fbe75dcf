package dev.fearless.program;

import dev.fearless.facts.FileFacts;
import dev.fearless.facts.ImportFacts;
import dev.fearless.facts.TypeRef;
import dev.fearless.knowledge.KnowledgeBase;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves a type name as written in a program type to the qualified name it stands for: a program type
 * or a knowledge-base type, found as a fully qualified name, a member type of the enclosing types or
 * their supertypes, a single-type import, a type of the same package, an on-demand import or
 * {@code java.lang}. What cannot be told is {@code null}.
 *
 * <p>Immutable. Resolutions are memoized per (context type name, written name) in a concurrent map;
 * the hierarchy it reads does not change, so the memo only saves work.
 */
final class TypeResolver {

    private final TypeTable types;
    private final Hierarchy hierarchy;
    private final KnowledgeBase knowledge;
    private final Map<Key, Optional<String>> memo = new ConcurrentHashMap<>();

    /** A name written in a type, the type being named by its qualified name. */
    private record Key(String context, String written) {
    }

    TypeResolver(TypeTable types, Hierarchy hierarchy, KnowledgeBase knowledge) {
        this.types = types;
        this.hierarchy = hierarchy;
        this.knowledge = knowledge;
    }

    /** The qualified name a type name written in {@code context} stands for, or {@code null}. */
    String resolve(String written, TypeInfo context) {
        if (written == null || written.isEmpty() || context == null) {
            return null;
        }
        return memo.computeIfAbsent(new Key(context.name(), written),
                k -> Optional.ofNullable(compute(written, context))).orElse(null);
    }

    /** The qualified name of a written reference type, or {@code null} (also for primitives and unknown types). */
    String resolve(TypeRef ref, TypeInfo context) {
        return ref.isKnown() && !ref.isPrimitive() ? resolve(ref.name(), context) : null;
    }

    private String compute(String written, TypeInfo context) {
        if (types.contains(written)) {
            return written;
        }
        int dot = written.indexOf('.');
        String head = dot < 0 ? written : written.substring(0, dot);
        String tail = dot < 0 ? "" : written.substring(dot);
        for (TypeInfo c = context; c != null; c = c.enclosing()) {
            String nested = hierarchy.memberType(c, head);
            if (nested != null) {
                return withTail(nested, tail);
            }
        }
        FileFacts file = context.file();
        for (ImportFacts i : file.imports()) {
            if (!i.onDemand() && simple(i.name()).equals(head)) {
                String imported = withTail(i.name(), tail);
                String library = library(imported);
                return types.contains(imported) ? imported : library != null ? library : imported;
            }
        }
        String samePackage = file.packageName().isEmpty() ? written : file.packageName() + "." + written;
        if (types.contains(samePackage)) {
            return samePackage;
        }
        for (ImportFacts i : file.imports()) {
            if (i.onDemand()) {
                String candidate = i.name() + "." + written;
                if (types.contains(candidate)) {
                    return candidate;
                }
                String library = library(candidate);
                if (library != null) {
                    return library;
                }
            }
        }
        String lang = library("java.lang." + written);
        if (lang != null) {
            return lang;
        }
        String qualified = library(written);
        if (qualified != null) {
            return qualified;
        }
        if (dot < 0) {
            return knowledge.qualifySimpleName(written);
        }
        // a qualified name of a type outside the program and the knowledge base (java.io.Closeable written
        // out): named as written, as an import of it would be
        return Character.isLowerCase(written.charAt(0)) ? written : null;
    }

    private String withTail(String qualified, String tail) {
        if (tail.isEmpty()) {
            return qualified;
        }
        String candidate = qualified + tail;
        if (types.contains(candidate)) {
            return candidate;
        }
        String library = library(candidate);
        return library != null ? library : candidate;
    }

    /** The knowledge-base name of a dotted name, trying nested-type forms ({@code Outer$Inner}); or {@code null}. */
    private String library(String dotted) {
        if (knowledge.type(dotted) != null) {
            return dotted;
        }
        String candidate = dotted;
        int cut;
        while ((cut = candidate.lastIndexOf('.')) > 0) {
            candidate = candidate.substring(0, cut) + "$" + candidate.substring(cut + 1);
            if (knowledge.type(candidate) != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String simple(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }
}
