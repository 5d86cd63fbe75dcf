package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;

/**
 * Methods that tell whether the calling thread is the one a field of their object holds: a body of one
 * statement, {@code return Thread.currentThread() == thread;} (either way round). A hand-written event
 * loop answers "am I on my own thread?" so; the summaries decide whether the field holds the thread that
 * runs the loop. And fields used for nothing else than that question ({@link #isOwnThreadMark}).
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

    /**
     * Whether every use of the field's name in its file stores {@code Thread.currentThread()} or
     * {@code null} into it, or compares it by identity ({@code ==}, {@code !=}) with
     * {@code Thread.currentThread()}: a task marking the thread that runs it, so that a cancel from inside
     * the task does not interrupt itself. Any other use of the name (a local of the same name too) says no.
     */
    static boolean isOwnThreadMark(VariableDeclarator v, FileNames names, KnowledgeBase knowledge) {
        if (v.getInitializer().isPresent() || !(v.getType() instanceof ClassOrInterfaceType type)) {
            return false;
        }
        String library = names.libraryName(type.getNameAsString());
        if (library == null || !knowledge.is(library, TypeTrait.THREAD)) {
            return false; // only a thread-typed field holds the current thread and nothing else (and only those are read)
        }
        String name = v.getNameAsString();
        Node root = v.findCompilationUnit().map(Node.class::cast).orElse(null);
        if (root == null) {
            return false;
        }
        boolean used = false;
        for (Expression use : root.findAll(Expression.class, e -> e instanceof NameExpr n && n.getNameAsString().equals(name)
                || e instanceof FieldAccessExpr f && f.getNameAsString().equals(name))) {
            if (!markUse(use, names, knowledge)) {
                return false;
            }
            used = true;
        }
        return used;
    }

    private static boolean markUse(Expression use, FileNames names, KnowledgeBase knowledge) {
        if (use instanceof FieldAccessExpr f && !(f.getScope() instanceof ThisExpr)) {
            return false;
        }
        Node parent = use.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        if (parent instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN && a.getTarget() == use) {
            Expression value = Conditions.unwrap(a.getValue());
            return value instanceof NullLiteralExpr || currentThread(value, names, knowledge);
        }
        if (parent instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS
                || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
            Expression other = Conditions.unwrap(b.getLeft()) == use ? b.getRight() : b.getLeft();
            return currentThread(Conditions.unwrap(other), names, knowledge);
        }
        return false;
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
