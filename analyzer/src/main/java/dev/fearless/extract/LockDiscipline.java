package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.fearless.facts.Event.Discipline;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where the {@code unlock()} of an explicitly taken lock is, relative to its {@code lock()} call: the
 * canonical {@code lock(); try { ... } finally { unlock(); }}, or one of the ways it goes wrong.
 * Works on the syntax tree while it is still there; the answer becomes a fact of the acquisition.
 */
final class LockDiscipline {

    /** The names of the methods that release a lock taken explicitly ({@code Lock.unlock}, Guava's {@code Monitor.leave}). */
    private final Set<String> releases;
    /** Static functions that never throw, as code names them ({@code Math.max}). */
    private final Set<String> totalFunctions;
    /** The names of the methods that give a read-write lock's views ({@code readLock}, {@code writeLock}). */
    private final Set<String> lockViews;
    /** The names of the methods that ask whether this thread holds a lock ({@code isHeldByCurrentThread}). */
    private final Set<String> lockQueries;
    /** Which instance calls of the body being walked cannot throw (a total method on a final field). */
    private final Predicate<MethodCallExpr> totalCall;
    /** The file's methods that release a lock of their object for their callers ({@code unlock()}). */
    private final LockWrappers wrappers;
    /** The names of the methods that take a lock and cannot be interrupted while they wait ({@code lock}). */
    private final Set<String> plainAcquires;

    /**
     * @param releases the names of lock-release methods (the knowledge base's, which include {@code unlock})
     * @param lockViews the names of the methods that return a read-write lock's read or write lock
     */
    LockDiscipline(Set<String> releases, Set<String> totalFunctions, Set<String> lockViews, Set<String> lockQueries,
                   Set<String> plainAcquires, LockWrappers wrappers) {
        this(releases, totalFunctions, lockViews, lockQueries, plainAcquires, call -> false, wrappers);
    }

    private LockDiscipline(Set<String> releases, Set<String> totalFunctions, Set<String> lockViews, Set<String> lockQueries,
                           Set<String> plainAcquires, Predicate<MethodCallExpr> totalCall, LockWrappers wrappers) {
        this.plainAcquires = plainAcquires;
        this.releases = releases;
        this.totalFunctions = totalFunctions;
        this.lockViews = lockViews;
        this.lockQueries = lockQueries;
        this.totalCall = totalCall;
        this.wrappers = wrappers;
    }

    /**
     * Whether {@code call} releases the lock whose expression reads {@code lockText}: an unlock on it, or a
     * call of the file's own method that releases that field's lock ({@code unlock()} for {@code evictionLock}).
     */
    private boolean releasesLock(MethodCallExpr call, String lockText) {
        if (call.getScope().isEmpty() || call.getScope().get() instanceof com.github.javaparser.ast.expr.ThisExpr) {
            return call.getArguments().isEmpty() && wrappers.releases(call.getNameAsString(), lockText);
        }
        return releases.contains(call.getNameAsString()) && normalize(call.getScope().get()).equals(lockText);
    }

    /**
     * The discipline of the lock call {@code lockStatement}, whose lock expression reads {@code lockText}
     * (normalized by {@link #normalize}), within the method body {@code body}, where {@code totalCall} says
     * which instance calls cannot throw.
     */
    Discipline of(Statement lockStatement, String lockText, Node body, Predicate<MethodCallExpr> totalCall) {
        return new LockDiscipline(releases, totalFunctions, lockViews, lockQueries, plainAcquires, totalCall, wrappers)
                .of(lockStatement, lockText, body);
    }

    private Discipline of(Statement taken, String lockText, Node body) {
        if (lockText.isEmpty()) {
            return selfLockDiscipline(taken);
        }
        Statement lockStatement = conditionalTaking(taken);
        Statement next = nextSibling(lockStatement);
        if (next instanceof TryStmt t && finallyUnlocks(t, lockText)) {
            return Discipline.CANONICAL;
        }
        if (continuesIntoReleasingTry(lockStatement, lockText)) {
            return Discipline.CANONICAL;
        }
        boolean harmless = true;
        java.util.List<String> alsoTaken = new java.util.ArrayList<>();
        for (Statement later = next; later != null; later = nextSibling(later)) {
            if (later instanceof TryStmt t && finallyUnlocks(t, lockText)) {
                // more locks taken in a row before the try that releases them all: a plain lock() of each
                // (not lockInterruptibly, which can throw) leaves no way out holding the first
                return harmless && alsoTaken.stream().allMatch(other -> finallyUnlocks(t, other))
                        ? Discipline.CANONICAL : Discipline.GAP_BEFORE_TRY;
            }
            String other = plainLockOf(later);
            if (other != null) {
                alsoTaken.add(other);
            } else {
                harmless &= cannotThrow(later) || releasesBeforeLeaving(later, lockText);
            }
        }
        if (releases(next, lockText)) {
            return Discipline.CANONICAL;
        }
        Node child = lockStatement;
        for (Node n = lockStatement.getParentNode().orElse(null); n != null && n != body; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof BlockStmt block && block.getParentNode().orElse(null) instanceof TryStmt t
                    && t.getTryBlock() == block && finallyUnlocks(t, lockText)) {
                if (lockStatement.getParentNode().orElse(null) instanceof BlockStmt own && retakes(own, lockStatement, lockText)
                        || releasesOnlyIfHeld(t, lockText) || retakenInFinally(lockStatement, lockText, block)) {
                    return Discipline.CANONICAL;
                }
                return child == lockStatement && onlyHarmlessBefore(block, child) ? Discipline.FIRST_IN_TRY : Discipline.INSIDE_TRY;
            }
        }
        boolean anyUnlock = false;
        for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
            if (releasesLock(call, lockText)) {
                anyUnlock = true;
            }
        }
        return anyUnlock ? Discipline.NOT_IN_FINALLY : Discipline.NO_RELEASE;
    }

    /**
     * The statement that takes the lock as its block sees it: the {@code if} (without an {@code else}) whose
     * only statement is the lock call, {@code if (contended) lock.lock(); try { ... } finally { if (contended)
     * lock.unlock(); }}, where the try that follows releases what the {@code if} took; else the lock call itself.
     */
    private static Statement conditionalTaking(Statement lockStatement) {
        Node parent = lockStatement.getParentNode().orElse(null);
        Statement branch = lockStatement;
        if (parent instanceof BlockStmt block && block.getStatements().size() == 1) {
            branch = block;
            parent = block.getParentNode().orElse(null);
        }
        if (parent instanceof com.github.javaparser.ast.stmt.IfStmt i && i.getThenStmt() == branch && i.getElseStmt().isEmpty()) {
            return i;
        }
        return lockStatement;
    }

    /** For {@code lock()} called on the object itself (a Lock subclass): only the canonical shape is checked. */
    private Discipline selfLockDiscipline(Statement lockStatement) {
        Statement next = nextSibling(lockStatement);
        if (next instanceof TryStmt t && t.getFinallyBlock().isPresent() && t.getFinallyBlock().get()
                .findAll(MethodCallExpr.class).stream().anyMatch(c -> c.getScope().isEmpty() && releases.contains(c.getNameAsString()))) {
            return Discipline.CANONICAL;
        }
        return Discipline.NO_RELEASE;
    }

    /** The lock expression of a statement that is a plain {@code x.lock()}, as {@link #normalize} writes it; else {@code null}. */
    private String plainLockOf(Statement s) {
        if (s instanceof com.github.javaparser.ast.stmt.ExpressionStmt es && es.getExpression() instanceof MethodCallExpr call
                && plainAcquires.contains(call.getNameAsString()) && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            return normalize(call.getScope().get());
        }
        return null;
    }

    /**
     * A statement that cannot throw or leave: a local declared, or a local or own field assigned, with a
     * value that cannot throw (see {@link #cannotThrow(Expression)}).
     */
    private boolean cannotThrow(Statement s) {
        if (!(s instanceof com.github.javaparser.ast.stmt.ExpressionStmt es)) {
            return false;
        }
        Expression e = es.getExpression();
        if (e instanceof com.github.javaparser.ast.expr.VariableDeclarationExpr vd) {
            for (var v : vd.getVariables()) {
                if (v.getInitializer().isPresent() && !cannotThrow(v.getInitializer().get())) {
                    return false;
                }
            }
            return true;
        }
        if (e instanceof com.github.javaparser.ast.expr.AssignExpr a) {
            return cannotThrow(a.getTarget()) && cannotThrow(a.getValue())
                    && a.getOperator() != com.github.javaparser.ast.expr.AssignExpr.Operator.DIVIDE
                    && a.getOperator() != com.github.javaparser.ast.expr.AssignExpr.Operator.REMAINDER;
        }
        return e instanceof com.github.javaparser.ast.expr.UnaryExpr u && cannotThrow(u.getExpression())
                || e instanceof MethodCallExpr call && cannotThrow(call);
    }

    /**
     * An expression that cannot throw: literals, names, fields of {@code this}, and arithmetic, logic and
     * conditionals over them, and total functions of them ({@code Math.max}; no other call, allocation, array
     * access, cast, or division).
     */
    private boolean cannotThrow(Expression e) {
        if (e instanceof com.github.javaparser.ast.expr.LiteralExpr || e instanceof com.github.javaparser.ast.expr.NameExpr
                || e instanceof com.github.javaparser.ast.expr.ThisExpr) {
            return true;
        }
        if (e instanceof com.github.javaparser.ast.expr.FieldAccessExpr f) {
            return f.getScope() instanceof com.github.javaparser.ast.expr.ThisExpr;
        }
        if (e instanceof com.github.javaparser.ast.expr.EnclosedExpr en) {
            return cannotThrow(en.getInner());
        }
        if (e instanceof com.github.javaparser.ast.expr.UnaryExpr u) {
            return cannotThrow(u.getExpression());
        }
        if (e instanceof com.github.javaparser.ast.expr.BinaryExpr b) {
            return b.getOperator() != com.github.javaparser.ast.expr.BinaryExpr.Operator.DIVIDE
                    && b.getOperator() != com.github.javaparser.ast.expr.BinaryExpr.Operator.REMAINDER
                    && cannotThrow(b.getLeft()) && cannotThrow(b.getRight());
        }
        if (e instanceof com.github.javaparser.ast.expr.ConditionalExpr c) {
            return cannotThrow(c.getCondition()) && cannotThrow(c.getThenExpr()) && cannotThrow(c.getElseExpr());
        }
        if (e instanceof MethodCallExpr call && (call.getScope().orElse(null) instanceof com.github.javaparser.ast.expr.NameExpr type
                && totalFunctions.contains(type.getNameAsString() + "." + call.getNameAsString()) || totalCall.test(call))) {
            return call.getArguments().stream().allMatch(this::cannotThrow);
        }
        return false;
    }

    /**
     * {@code if (check) { lock.unlock(); throw ...; }}: a test that cannot throw, whose branch releases the
     * lock before it leaves; every other way goes on to the try.
     */
    private boolean releasesBeforeLeaving(Statement s, String lockText) {
        if (!(s instanceof com.github.javaparser.ast.stmt.IfStmt i) || i.getElseStmt().isPresent()
                || !cannotThrow(i.getCondition()) || !(i.getThenStmt() instanceof BlockStmt then)) {
            return false;
        }
        NodeList<Statement> body = then.getStatements();
        if (body.size() < 2 || !releases(body.get(0), lockText)) {
            return false;
        }
        Statement last = body.get(body.size() - 1);
        return last instanceof com.github.javaparser.ast.stmt.ThrowStmt || last instanceof com.github.javaparser.ast.stmt.ReturnStmt;
    }

    /**
     * The lock upgrade idiom inside the try that releases the lock: {@code lock.unlock(); lock =
     * rw.writeLock(); lock.lock();}. Between the release of the lock held so far and the new
     * {@code lock()}, nothing can throw (the lock variable is only pointed at another view of the same
     * read-write lock), so the finally never releases a lock this thread does not hold.
     */
    private boolean retakes(BlockStmt block, Statement lockStatement, String lockText) {
        NodeList<Statement> statements = block.getStatements();
        int at = -1;
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == lockStatement) {
                at = i;
            }
        }
        for (int i = at - 1; i >= 0; i--) {
            Statement s = statements.get(i);
            if (releases(s, lockText)) {
                return true;
            }
            if (!cannotThrow(s) && !pointsAtView(s, lockText)) {
                return false;
            }
        }
        return false;
    }

    /** {@code lock = rw.writeLock();}: the lock variable pointed at a view of a read-write lock held in a name or own field. */
    private boolean pointsAtView(Statement s, String lockText) {
        return s instanceof com.github.javaparser.ast.stmt.ExpressionStmt es
                && es.getExpression() instanceof com.github.javaparser.ast.expr.AssignExpr a
                && a.getOperator() == com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN
                && normalize(a.getTarget()).equals(lockText)
                && a.getValue() instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && lockViews.contains(call.getNameAsString())
                && call.getScope().filter(this::cannotThrow).isPresent();
    }

    /**
     * Whether nothing before {@code child} (the lock statement) in the try block can throw: it is the first
     * statement, or only statements that cannot throw come before it ({@code returned.incrementAndGet();
     * con.lock();}). Only a failure of {@code lock()} itself then reaches the finally without the lock.
     */
    private boolean onlyHarmlessBefore(BlockStmt block, Node child) {
        for (Statement s : block.getStatements()) {
            if (s == child) {
                return true;
            }
            if (!cannotThrow(s)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the finally of {@code t} releases the lock only when this thread holds it ({@code if
     * (lock.isHeldByCurrentThread()) lock.unlock();}): it never throws IllegalMonitorStateException,
     * wherever in the try the lock is taken.
     */
    private boolean releasesOnlyIfHeld(TryStmt t, String lockText) {
        Optional<BlockStmt> fin = t.getFinallyBlock();
        if (fin.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (MethodCallExpr call : fin.get().findAll(MethodCallExpr.class)) {
            if (releasesLock(call, lockText)) {
                if (!underHeldCheck(call, lockText, fin.get())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Whether {@code call} is in the then-branch of an {@code if} that asks whether this thread holds the lock. */
    private boolean underHeldCheck(Node call, String lockText, Node within) {
        Node child = call;
        for (Node n = call.getParentNode().orElse(null); n != null && n != within; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof com.github.javaparser.ast.stmt.IfStmt i && i.getThenStmt() == child
                    && i.getCondition() instanceof MethodCallExpr test && lockQueries.contains(test.getNameAsString())
                    && test.getScope().map(LockDiscipline::normalize).filter(lockText::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The idiom that lets a lock go for a while and takes it back in a finally: {@code lock.unlock();
     * other.lock(); try { ... } finally { other.unlock(); lock.lock(); }}, inside the try whose finally
     * releases {@code lock}. Whatever the inner try does, the lock is taken back before the outer finally
     * releases it: here {@code lock()} is in the inner finally, after nothing but releases and statements
     * that cannot throw, and the same lock was let go earlier in {@code tryBlock}.
     */
    private boolean retakenInFinally(Statement lockStatement, String lockText, BlockStmt tryBlock) {
        if (!(lockStatement.getParentNode().orElse(null) instanceof BlockStmt fin)
                || !(fin.getParentNode().orElse(null) instanceof TryStmt inner)
                || inner.getFinallyBlock().orElse(null) != fin) {
            return false;
        }
        for (Statement s : fin.getStatements()) {
            if (s == lockStatement) {
                break;
            }
            if (!cannotThrow(s) && !releasesAny(s)) {
                return false;
            }
        }
        for (MethodCallExpr call : tryBlock.findAll(MethodCallExpr.class)) {
            if (releasesLock(call, lockText) && call.getBegin().isPresent() && inner.getBegin().isPresent()
                    && call.getBegin().get().isBefore(inner.getBegin().get())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the statement releases some lock ({@code other.unlock();}). */
    private boolean releasesAny(Statement s) {
        return s instanceof com.github.javaparser.ast.stmt.ExpressionStmt es
                && es.getExpression() instanceof MethodCallExpr call && releases.contains(call.getNameAsString())
                && call.getScope().isPresent();
    }

    /** Whether the statement is the release of the lock itself ({@code lock.unlock();}). */
    private boolean releases(Statement s, String lockText) {
        return s instanceof com.github.javaparser.ast.stmt.ExpressionStmt es
                && es.getExpression() instanceof MethodCallExpr call && releasesLock(call, lockText);
    }

    /** Whether {@code node} lies inside the finally block of some try statement. */
    static boolean inFinally(Node node) {
        Node child = node;
        for (Node n = node.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof TryStmt t) {
                Optional<BlockStmt> fin = t.getFinallyBlock();
                if (fin.isPresent() && fin.get() == child) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of a lock expression, without a leading {@code this.}. */
    static String normalize(Expression lockExpression) {
        String text = lockExpression.toString();
        return text.startsWith("this.") ? text.substring(5) : text;
    }

    /**
     * The lock statement ends its block (what follows it there cannot throw), and control goes on out of the
     * enclosing {@code if} branches and {@code try} blocks (the lock call's success skips their catches) to a
     * try that releases the lock in its finally: the
     * lock downgrade idiom (a read lock taken last inside a write lock's try block, released by the try that
     * follows), and a lock taken in one branch of a choice between a timed {@code tryLock} and
     * {@code lockInterruptibly()} with a flag set right after ({@code acquired = true}), released by the try
     * that {@code if (acquired)} opens.
     */
    private boolean continuesIntoReleasingTry(Statement lockStatement, String lockText) {
        Set<String> flags = new java.util.HashSet<>();
        Statement current = lockStatement;
        for (int depth = 0; depth < 8; depth++) {
            if (!(current.getParentNode().orElse(null) instanceof BlockStmt block)) {
                return false;
            }
            NodeList<Statement> statements = block.getStatements();
            for (int i = statements.indexOf(current) + 1; i < statements.size(); i++) {
                Statement s = statements.get(i);
                if (!cannotThrow(s)) {
                    return false;
                }
                flagSet(s).ifPresent(flags::add);
            }
            Node up = block.getParentNode().orElse(null);
            if (up instanceof TryStmt t && t.getTryBlock() == block && t.getResources().isEmpty()
                    || up instanceof com.github.javaparser.ast.stmt.IfStmt) {
                current = (Statement) up;
            } else {
                return false;
            }
            for (Statement after = nextSibling(current); after != null; after = nextSibling(after)) {
                if (after instanceof TryStmt t && finallyUnlocks(t, lockText) || opensReleasingTry(after, flags, lockText)) {
                    return true;
                }
                if (!cannotThrow(after)) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The local a statement sets {@code true} ({@code acquired = true;}), if that is what it does. */
    private static Optional<String> flagSet(Statement s) {
        if (s instanceof com.github.javaparser.ast.stmt.ExpressionStmt es
                && es.getExpression() instanceof com.github.javaparser.ast.expr.AssignExpr a
                && a.getTarget() instanceof com.github.javaparser.ast.expr.NameExpr n
                && a.getValue() instanceof com.github.javaparser.ast.expr.BooleanLiteralExpr b && b.getValue()) {
            return Optional.of(n.getNameAsString());
        }
        return Optional.empty();
    }

    /** {@code if (acquired) { try { ... } finally { lock.unlock(); } ... }}, with {@code acquired} one of the flags. */
    private boolean opensReleasingTry(Statement s, Set<String> flags, String lockText) {
        return s instanceof com.github.javaparser.ast.stmt.IfStmt i
                && i.getCondition() instanceof com.github.javaparser.ast.expr.NameExpr n && flags.contains(n.getNameAsString())
                && i.getThenStmt() instanceof BlockStmt then && !then.getStatements().isEmpty()
                && then.getStatements().get(0) instanceof TryStmt t && finallyUnlocks(t, lockText);
    }

    private boolean finallyUnlocks(TryStmt t, String lockText) {
        Optional<BlockStmt> fin = t.getFinallyBlock();
        if (fin.isEmpty()) {
            return false;
        }
        for (MethodCallExpr call : fin.get().findAll(MethodCallExpr.class)) {
            if (releasesLock(call, lockText)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The statement after {@code statement} in its block, or {@code null}. Found by identity: syntax nodes
     * are equal when they read the same, so {@code indexOf} would find an earlier copy of a repeated
     * statement ({@code n++; ... n++;}) and a walk along the siblings would go round forever.
     */
    private static Statement nextSibling(Statement statement) {
        Node parent = statement.getParentNode().orElse(null);
        NodeList<Statement> statements = parent instanceof BlockStmt block ? block.getStatements()
                : parent instanceof com.github.javaparser.ast.stmt.SwitchEntry entry ? entry.getStatements() : null;
        if (statements != null) {
            for (int i = 0; i + 1 < statements.size(); i++) {
                if (statements.get(i) == statement) {
                    return statements.get(i + 1);
                }
            }
        }
        return null;
    }
}
