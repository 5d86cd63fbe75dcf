package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.facts.Variable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names in one body: declares its parameters and locals (each local gets a name unique in the body),
 * and resolves a simple name to a local, a parameter, a local captured from an enclosing body, a field
 * of this or an enclosing instance, or a static field; and type names to their owners.
 */
final class NameResolver {

    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "com", "org", "net", "io",
            "dev", "sun", "jdk", "android", "androidx", "kotlin", "scala", "edu", "de", "fr", "uk", "ch", "nl");

    /** A name resolved to an access path; {@code field} is set when it names a field. */
    record Resolved(AccessPath path, FieldShape field) {
    }

    private final FileExtraction file;
    private final TypeExtraction type;
    private final BodyExtractor owner;
    private final MethodFactsBuilder out;
    private final Map<String, Integer> nameCounts = new HashMap<>();

    NameResolver(FileExtraction file, TypeExtraction type, BodyExtractor owner, MethodFactsBuilder out) {
        this.file = file;
        this.type = type;
        this.owner = owner;
        this.out = out;
    }

    // ------------------------------------------------------------------------------------------
    // Declarations

    void declareParameter(String name, TypeRef t, Scope scope) {
        out.addParameter(new Variable(name, t));
        scope.declare(name, new Scope.Local(name, t, true, owner));
    }

    /** Declares a local in {@code scope} and returns its unique name ({@code x}, then {@code x#2}...). */
    String declareLocal(String name, TypeRef t, Scope scope) {
        int count = nameCounts.merge(name, 1, Integer::sum);
        String unique = count == 1 ? name : name + "#" + count;
        out.addLocal(new Variable(unique, t));
        scope.declare(name, new Scope.Local(unique, t, false, owner));
        return unique;
    }

    // ------------------------------------------------------------------------------------------
    // Resolution

    /** What a simple name denotes in {@code scope}; a local of an enclosing body is recorded as captured. */
    Resolved resolve(String name, Scope scope) {
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.isType()) {
                FieldShape f = s.type.fields.get(name);
                if (f != null) {
                    return new Resolved(fieldPath(s.type, f), f);
                }
                // a field the class inherits from a superclass in this file shadows the enclosing classes' own
                var inherited = file.inheritedField(s.type, name);
                if (inherited != null) {
                    FieldShape g = inherited.getValue();
                    return new Resolved(Modifiers.has(g.modifiers(), Modifiers.STATIC)
                            ? AccessPath.root(Root.STATIC, inherited.getKey().name).plus(g.name())
                            : fieldPath(s.type, g), g);
                }
            } else {
                Scope.Local l = s.local(name);
                if (l != null) {
                    if (l.owner() == owner) {
                        return new Resolved(AccessPath.root(l.parameter() ? Root.PARAM : Root.LOCAL, l.uniqueName()), null);
                    }
                    out.addCapture(l.uniqueName());
                    return new Resolved(AccessPath.root(Root.LOCAL, l.uniqueName()), null);
                }
            }
        }
        return null;
    }

    private AccessPath fieldPath(TypeShape fieldOwner, FieldShape f) {
        if (Modifiers.has(f.modifiers(), Modifiers.STATIC)) {
            return AccessPath.root(Root.STATIC, fieldOwner.name).plus(f.name());
        }
        if (fieldOwner == type.shape) {
            return AccessPath.THIS_PATH.plus(f.name());
        }
        return AccessPath.root(Root.OUTER, fieldOwner.name).plus(f.name());
    }

    /**
     * The declared type of a parameter or local by unique name: this body's, an enclosing body's (a
     * captured local), or one visible in {@code scope} (a local class's view of its method's locals).
     */
    TypeRef variableType(String unique, Scope scope) {
        for (BodyExtractor w = owner; w != null; w = w.enclosing) {
            TypeRef t = w.output().variableType(unique);
            if (t != null) {
                return t;
            }
        }
        for (Scope s = scope; s != null; s = s.parent) {
            if (!s.isType()) {
                Scope.Local l = s.local(unique);
                if (l != null) {
                    return l.type();
                }
            }
        }
        return TypeRef.UNKNOWN;
    }

    /** {@code Outer.this}: this instance when it names this type, otherwise an enclosing instance. */
    Value outerThis(String written) {
        for (TypeShape t = type.shape; t != null; t = t.enclosing) {
            if (t.name.equals(written) || t.name.endsWith("." + written)) {
                return t == type.shape ? Value.PathValue.THIS : file.pathValue(AccessPath.root(Root.OUTER, t.name));
            }
        }
        return file.pathValue(AccessPath.root(Root.OUTER, file.names.qualify(written)));
    }

    /** The qualified name of the type owning a static member reached through {@code typeName}. */
    String staticOwner(String typeName) {
        String declared = file.names.declared(typeName);
        if (declared != null) {
            return declared;
        }
        for (TypeShape t = type.shape; t != null; t = t.enclosing) {
            if (t.name.endsWith("." + typeName)) {
                return t.name;
            }
        }
        return typeName.contains(".") && Character.isLowerCase(typeName.charAt(0)) ? typeName
                : file.names.qualify(typeName);
    }

    /**
     * The qualified type name a field-access chain spells when it starts with a package name
     * ({@code java.util.concurrent.TimeUnit}), or {@code null} when it is an ordinary access.
     */
    String qualifiedTypeName(FieldAccessExpr fa, Scope scope) {
        List<String> segments = new ArrayList<>();
        Expression e = fa;
        while (e instanceof FieldAccessExpr f) {
            segments.add(0, f.getNameAsString());
            e = f.getScope();
        }
        if (!(e instanceof NameExpr root)) {
            return null;
        }
        String first = root.getNameAsString();
        if (!Character.isLowerCase(first.charAt(0)) || resolve(first, scope) != null) {
            return null;
        }
        if (!PACKAGE_ROOTS.contains(first) && !file.packageStartsWith(first)) {
            return null;
        }
        StringBuilder name = new StringBuilder(first);
        for (String segment : segments) {
            name.append('.').append(segment);
            if (Character.isUpperCase(segment.charAt(0))) {
                return segment == segments.get(segments.size() - 1) ? name.toString() : null;
            }
        }
        return null;
    }

    /** Whether a simple name is spelled as a type is ({@code Inner}), not as a constant ({@code MAX_SIZE}) or a field. */
    static boolean spelledAsType(String name) {
        return Character.isUpperCase(name.charAt(0)) && !name.equals(name.toUpperCase(Locale.ROOT));
    }

    /** Whether {@code Type.Name} names a nested type rather than a static field (by its spelling and use). */
    static boolean looksLikeNestedType(String name, FieldAccessExpr fa) {
        if (!spelledAsType(name)) {
            return false;
        }
        Node parent = fa.getParentNode().orElse(null);
        return parent instanceof FieldAccessExpr || parent instanceof MethodCallExpr m && m.getScope().orElse(null) == fa
                || parent instanceof ClassExpr || parent instanceof ObjectCreationExpr;
    }
}
