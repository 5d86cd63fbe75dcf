package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import java.util.Map;

/**
 * Predicates of a class that state a lock is held: {@code private boolean locked() { return writer ==
 * null || Thread.holdsLock(writer); }}, which its code asserts ({@code assert locked();}) as it would
 * the test written out (lucene's IndexFileDeleter). Only a method of the class itself that nothing can
 * override (private, static or final, or of a final class), without parameters and with one {@code
 * return}, counts. The test is the returned expression, or its right side after a null check of what it
 * tests ({@code x == null || Thread.holdsLock(x)}: where there is no lock there is nothing to hold).
 */
final class LockPredicates {

    private LockPredicates() {
    }

    /** The test the predicate {@code call} returns, or {@code null} when it is not such a predicate. */
    static Expression statement(MethodCallExpr call, TypeExtraction type, Scope scope) {
        TypeDeclaration<?> declaration = enclosingDeclaration(call);
        Scope own = typeScope(scope);
        if (declaration == null || own == null || own.type != type.shape
                || !declaration.getNameAsString().equals(type.simpleName)) {
            return null;
        }
        boolean finalClass = Modifiers.has(type.modifiers, Modifiers.FINAL);
        for (MethodDeclaration m : declaration.getMethodsByName(call.getNameAsString())) {
            Expression e = m.getBody().map(LockPredicates::returned).orElse(null);
            if (e != null && m.getParameters().isEmpty() && (m.isPrivate() || m.isStatic() || m.isFinal() || finalClass)) {
                return test(e);
            }
        }
        return null;
    }

    /**
     * Records the values of the names a predicate's test uses, as its own class sees them: its fields,
     * {@code this}, and type names ({@code Thread}); the test has no locals.
     */
    static void bind(Expression test, Scope scope, FileExtraction file, Map<Expression, Value> values) {
        TypeShape type = typeScope(scope).type;
        for (NameExpr n : test.findAll(NameExpr.class)) {
            Value v = field(n.getNameAsString(), type, file);
            if (v == null && Character.isUpperCase(n.getNameAsString().charAt(0))) {
                v = new Value.TypeName(file.names.qualify(n.getNameAsString()));
            }
            if (v != null) {
                values.put(n, v);
            }
        }
        for (ThisExpr t : test.findAll(ThisExpr.class)) {
            if (t.getTypeName().isEmpty()) {
                values.put(t, Value.PathValue.THIS);
            }
        }
        for (FieldAccessExpr fa : test.findAll(FieldAccessExpr.class)) {
            Value v = fa.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty()
                    ? field(fa.getNameAsString(), type, file) : null;
            if (v != null) {
                values.put(fa, v);
            }
        }
    }

    private static Value field(String name, TypeShape type, FileExtraction file) {
        FieldShape f = type.fields.get(name);
        if (f == null) {
            return null;
        }
        AccessPath p = Modifiers.has(f.modifiers(), Modifiers.STATIC)
                ? AccessPath.root(Root.STATIC, type.name).plus(name) : AccessPath.THIS_PATH.plus(name);
        return file.pathValue(p);
    }

    private static Expression returned(BlockStmt body) {
        return body.getStatements().size() == 1 && body.getStatement(0) instanceof ReturnStmt r
                ? r.getExpression().orElse(null) : null;
    }

    private static Expression test(Expression e) {
        Expression x = unwrap(e);
        Expression checked = x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.OR
                ? nullChecked(b.getLeft()) : null;
        if (checked != null && unwrap(((BinaryExpr) x).getRight()) instanceof MethodCallExpr tested
                && (tested.getArguments().contains(checked) || tested.getScope().filter(checked::equals).isPresent())) {
            return tested;
        }
        return x;
    }

    /** What {@code e} compares with {@code null} ({@code x == null}), or {@code null}. */
    private static Expression nullChecked(Expression e) {
        if (unwrap(e) instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.EQUALS) {
            if (b.getRight() instanceof NullLiteralExpr) {
                return unwrap(b.getLeft());
            }
            if (b.getLeft() instanceof NullLiteralExpr) {
                return unwrap(b.getRight());
            }
        }
        return null;
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr enclosed) {
            x = enclosed.getInner();
        }
        return x;
    }

    /** The class declaration whose code {@code n} is, or {@code null} inside an anonymous class. */
    private static TypeDeclaration<?> enclosingDeclaration(Node n) {
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof TypeDeclaration<?> t) {
                return t;
            }
            if (p instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
                return null;
            }
        }
        return null;
    }

    private static Scope typeScope(Scope scope) {
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.isType()) {
                return s;
            }
        }
        return null;
    }
}
