package dev.fearless.extract;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;

/**
 * Methods that tell whether the calling thread is the one a field of their object holds: a body of one
 * statement, {@code return Thread.currentThread() == thread;} (either way round). A hand-written event
 * loop answers "am I on my own thread?" so; the summaries decide whether the field holds the thread that
 * runs the loop.
 */
final class OwnThreadTests {

    private OwnThreadTests() {
    }

    static boolean isOwnThreadTest(MethodDeclaration md, FileNames names, KnowledgeBase knowledge) {
        if (!md.getParameters().isEmpty() || md.getBody().isEmpty() || md.getBody().get().getStatements().size() != 1
                || !(md.getBody().get().getStatement(0) instanceof ReturnStmt r) || r.getExpression().isEmpty()
                || !(Conditions.unwrap(r.getExpression().get()) instanceof BinaryExpr b)
                || b.getOperator() != BinaryExpr.Operator.EQUALS) {
            return false;
        }
        Expression left = Conditions.unwrap(b.getLeft());
        Expression right = Conditions.unwrap(b.getRight());
        return currentThread(left, names, knowledge) && ownField(right)
                || currentThread(right, names, knowledge) && ownField(left);
    }

    private static boolean currentThread(Expression e, FileNames names, KnowledgeBase knowledge) {
        if (!(e instanceof MethodCallExpr call) || !call.getArguments().isEmpty() || call.getScope().isEmpty()
                || !(call.getScope().get() instanceof NameExpr type)) {
            return false;
        }
        String library = names.libraryName(type.getNameAsString());
        if (library == null) {
            library = names.qualify(type.getNameAsString());
        }
        return knowledge.methodTraits(library, call.getNameAsString(), 0).contains(MethodTrait.CURRENT_THREAD);
    }

    private static boolean ownField(Expression e) {
        return e instanceof NameExpr || e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr;
    }
}
