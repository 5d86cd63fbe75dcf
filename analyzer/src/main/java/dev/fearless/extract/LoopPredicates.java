package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.PrimitiveType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a loop's condition tests, with each call of a predicate helper of its own class replaced by the
 * test that decides the helper's answer: {@code while (!linkFirst(e))}, where {@code linkFirst} begins
 * with {@code if (count >= capacity) return false;} and otherwise returns {@code true}, waits while
 * {@code count >= capacity}, as {@code while (!linkLast(e))} does. Two waits whose conditions differ in
 * text may so wait for one state. A helper counts only when its answer is decided that way: the class's
 * only method of that name and arity, not overridable, whose first statement returns one constant when a
 * test of fields and constants holds (nothing that calls, assigns or reads the helper's parameters), and
 * whose every other return gives the other constant.
 */
final class LoopPredicates {

    private LoopPredicates() {
    }

    /** The condition's {@code text} with decided helper calls replaced by their tests; {@code text} itself when there are none. */
    static String of(Expression condition, String text) {
        String result = null;
        for (MethodCallExpr call : condition.findAll(MethodCallExpr.class)) {
            String test = decidingTest(call);
            if (test != null) {
                result = (result == null ? text : result).replace(call.toString(), test);
            }
        }
        // a double negation, as in `!link(e)` for a helper that answers `!(count >= capacity)`, is no negation
        return result == null ? text : result.replace("!!", "");
    }

    /** The test that decides the call's answer, as an expression equal to it ({@code !(count >= capacity)}), or null. */
    private static String decidingTest(MethodCallExpr call) {
        if (call.getScope().isPresent() && !(call.getScope().get() instanceof ThisExpr t && t.getTypeName().isEmpty())) {
            return null;
        }
        Optional<TypeDeclaration<?>> owner = ownType(call);
        if (owner.isEmpty()) {
            return null;
        }
        List<MethodDeclaration> named = owner.get().getMethodsByName(call.getNameAsString()).stream()
                .filter(m -> m.getParameters().size() == call.getArguments().size()).toList();
        if (named.size() != 1) {
            return null;
        }
        MethodDeclaration helper = named.get(0);
        boolean fixed = helper.isPrivate() || helper.isStatic() || helper.isFinal()
                || owner.get().isClassOrInterfaceDeclaration() && owner.get().asClassOrInterfaceDeclaration().isFinal();
        if (!fixed || !helper.getType().isPrimitiveType()
                || helper.getType().asPrimitiveType().getType() != PrimitiveType.Primitive.BOOLEAN || helper.getBody().isEmpty()) {
            return null;
        }
        BlockStmt body = helper.getBody().get();
        if (body.getStatements().isEmpty() || !(body.getStatement(0) instanceof IfStmt first)
                || first.getElseStmt().isPresent()) {
            return null;
        }
        Boolean answer = constantReturn(first.getThenStmt());
        Set<String> params = helper.getParameters().stream().map(Parameter::getNameAsString).collect(Collectors.toSet());
        if (answer == null || !plainTest(first.getCondition(), params)) {
            return null;
        }
        for (ReturnStmt r : body.findAll(ReturnStmt.class)) {
            if (isNested(r, helper) || first.getThenStmt().isAncestorOf(r) || first.getThenStmt() == r) {
                continue;
            }
            if (!(r.getExpression().orElse(null) instanceof BooleanLiteralExpr b) || b.getValue() == answer) {
                return null;
            }
        }
        String test = "(" + first.getCondition() + ")";
        return answer ? test : "!" + test;
    }

    /** The type whose method the call names: the nearest enclosing class, interface or enum, unless a lambda or anonymous class comes first. */
    private static Optional<TypeDeclaration<?>> ownType(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t) {
                return Optional.of(t);
            }
            if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent() || n instanceof LambdaExpr) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The constant a then-branch returns: {@code return false;}, alone or as a block's only statement; or null. */
    private static Boolean constantReturn(Statement s) {
        Statement only = s instanceof BlockStmt b && b.getStatements().size() == 1 ? b.getStatement(0) : s;
        return only instanceof ReturnStmt r && r.getExpression().orElse(null) instanceof BooleanLiteralExpr b
                ? b.getValue() : null;
    }

    /** Whether the test only compares fields and constants: names (not the helper's parameters), field reads, literals, operators. */
    private static boolean plainTest(Expression e, Set<String> params) {
        if (e instanceof NameExpr n) {
            return !params.contains(n.getNameAsString());
        }
        if (e instanceof LiteralExpr || e instanceof ThisExpr) {
            return true;
        }
        if (e instanceof FieldAccessExpr f) {
            return plainTest(f.getScope(), params);
        }
        if (e instanceof EnclosedExpr en) {
            return plainTest(en.getInner(), params);
        }
        if (e instanceof UnaryExpr u) {
            return (u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT || u.getOperator() == UnaryExpr.Operator.MINUS)
                    && plainTest(u.getExpression(), params);
        }
        if (e instanceof BinaryExpr b) {
            return plainTest(b.getLeft(), params) && plainTest(b.getRight(), params);
        }
        if (e instanceof ArrayAccessExpr a) {
            return plainTest(a.getName(), params) && plainTest(a.getIndex(), params);
        }
        return false;
    }

    /** Whether the node is inside a lambda or a class nested in the helper (its returns are not the helper's). */
    private static boolean isNested(Node node, MethodDeclaration helper) {
        for (Node n = node.getParentNode().orElse(null); n != null && n != helper; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof TypeDeclaration || n instanceof ObjectCreationExpr) {
                return true;
            }
        }
        return false;
    }
}
