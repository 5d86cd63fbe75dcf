package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.MethodFacts;
import java.util.HashMap;
import java.util.Map;

/**
 * Methods that take or let go of one of their object's locks for their callers: {@code void lock() {
 * evictionLock.lock(); }} (or a loop of timed {@code tryLock}s that returns only once one succeeds), and
 * {@code void unlock() { evictionLock.unlock(); }}. A call of one on the object itself (no receiver, or
 * {@code this}; from an inner class, the outer object's) takes or releases that lock, as the lock call in
 * it does. Found in a first walk of the file; a second walk reads them where they are called.
 */
final class LockWrappers {

    /**
     * What a call of a wrapper does: takes ({@code acquire}) or releases {@code lock}, held in the field that
     * {@code field} names from the object ({@code evictionLock}, {@code version.topologyLock}).
     */
    record Wrapper(LockRef lock, boolean acquire, String field) {
    }

    /** No wrappers known (the first walk of a file). */
    static final LockWrappers NONE = new LockWrappers();

    /** Wrappers by declaring type, then by method name. */
    private final Map<String, Map<String, Wrapper>> byType = new HashMap<>();

    boolean isEmpty() {
        return byType.isEmpty();
    }

    /**
     * Notes {@code facts}, a method of {@code type} just walked, if it is a wrapper: an instance method without
     * parameters that is not synchronized, that takes a lock held in a field of its own object (or of an object its fields hold) and never
     * releases it, and returns holding it on every way out (its {@code end} held set, where the body can
     * complete normally); or that releases such a lock, unconditionally, and takes none.
     */
    void note(String type, MethodFacts facts, BlockStmt body, LockSet end) {
        if (facts.kind() != MethodFacts.Kind.METHOD || facts.isStatic() || !facts.params().isEmpty()
                || facts.isSynchronized() || body == null) {
            return;
        }
        LockRef taken = null;
        LockRef released = null;
        boolean unconditional = false;
        for (Event e : facts.events()) {
            if (e instanceof Event.Acquire a && ownField(a.lock())) {
                taken = taken == null || taken.equals(a.lock()) ? a.lock() : null;
            } else if (e instanceof Event.Release r && ownField(r.lock())) {
                released = released == null || released.equals(r.lock()) ? r.lock() : null;
                unconditional |= r.guard() < 0 && r.loop() < 0;
            }
        }
        if (taken != null && released == null && heldOnEveryReturn(facts, taken)
                && (!canCompleteNormally(body) || end.locks().contains(taken))) {
            add(type, facts.name(), new Wrapper(taken, true, String.join(".", taken.path().fields())));
        } else if (released != null && taken == null && unconditional) {
            add(type, facts.name(), new Wrapper(released, false, String.join(".", released.path().fields())));
        }
    }

    private void add(String type, String method, Wrapper w) {
        byType.computeIfAbsent(type, k -> new HashMap<>()).put(method, w);
    }

    /**
     * The wrapper a call named {@code method} without arguments, on the object itself, runs from code of
     * {@code shape}: one of its type, or of an enclosing type whose object an inner class's code reaches
     * (its lock then named through {@code Outer.this}); {@code null} if none.
     */
    Wrapper find(TypeShape shape, String method) {
        if (byType.isEmpty()) {
            return null;
        }
        boolean inner = true;
        for (TypeShape t = shape; t != null && inner; t = t.enclosing) {
            Wrapper w = byType.getOrDefault(t.name, Map.of()).get(method);
            if (w != null) {
                if (t == shape) {
                    return w;
                }
                AccessPath outer = AccessPath.root(AccessPath.Root.OUTER, t.name);
                for (String field : w.lock().path().fields()) {
                    outer = outer == null ? null : outer.plus(field);
                }
                return outer == null ? null : new Wrapper(new LockRef(w.lock().kind(), outer, w.lock().className()),
                        w.acquire(), w.field());
            }
            inner = t.hasOuterInstance;
        }
        return null;
    }

    /** Whether a wrapper of the file releases {@code field}'s lock when called by {@code method}'s name. */
    boolean releases(String method, String field) {
        for (Map<String, Wrapper> methods : byType.values()) {
            Wrapper w = methods.get(method);
            if (w != null && !w.acquire() && w.field().equals(field)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownField(LockRef lock) {
        return lock.kind() != LockRef.Kind.MONITOR && lock.kind() != LockRef.Kind.CLASS && lock.path() != null
                && lock.path().root() == AccessPath.Root.THIS && lock.path().isField();
    }

    private static boolean heldOnEveryReturn(MethodFacts facts, LockRef lock) {
        for (Event e : facts.events()) {
            if (e instanceof Event.Return r && !r.held().locks().contains(lock)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the statement can complete normally, roughly as the language says: not after a return or
     * throw, nor after a loop whose condition is absent or {@code true} and that no {@code break} leaves.
     */
    static boolean canCompleteNormally(Statement s) {
        if (s instanceof ReturnStmt || s instanceof ThrowStmt) {
            return false;
        }
        if (s instanceof BlockStmt b) {
            return b.getStatements().isEmpty() || canCompleteNormally(b.getStatements().getLast().orElseThrow());
        }
        if (s instanceof IfStmt i) {
            return i.getElseStmt().isEmpty() || canCompleteNormally(i.getThenStmt()) || canCompleteNormally(i.getElseStmt().get());
        }
        if (s instanceof TryStmt t) {
            boolean body = canCompleteNormally(t.getTryBlock())
                    || t.getCatchClauses().stream().anyMatch(c -> canCompleteNormally(c.getBody()));
            return body && t.getFinallyBlock().map(LockWrappers::canCompleteNormally).orElse(true);
        }
        if (s instanceof SynchronizedStmt sync) {
            return canCompleteNormally(sync.getBody());
        }
        if (s instanceof LabeledStmt l) {
            return canCompleteNormally(l.getStatement()) || leftByBreak(l.getStatement(), l.getLabel().getIdentifier());
        }
        boolean forever = s instanceof ForStmt f && f.getCompare().map(c -> c.isBooleanLiteralExpr()
                && c.asBooleanLiteralExpr().getValue()).orElse(true)
                || s instanceof WhileStmt w && w.getCondition().isBooleanLiteralExpr() && w.getCondition().asBooleanLiteralExpr().getValue()
                || s instanceof DoStmt d && d.getCondition().isBooleanLiteralExpr() && d.getCondition().asBooleanLiteralExpr().getValue();
        return !forever || leftByBreak(s, null);
    }

    /** Whether a {@code break} in {@code loop} leaves it: an unlabelled one not inside a nested loop or switch, or one naming {@code label}. */
    private static boolean leftByBreak(Statement loop, String label) {
        for (BreakStmt b : loop.findAll(BreakStmt.class)) {
            if (b.getLabel().isPresent() ? b.getLabel().get().getIdentifier().equals(label) : targets(b, loop)) {
                return true;
            }
        }
        return false;
    }

    private static boolean targets(BreakStmt b, Statement loop) {
        for (Node n = b.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n == loop) {
                return true;
            }
            if (n instanceof ForStmt || n instanceof WhileStmt || n instanceof DoStmt
                    || n instanceof com.github.javaparser.ast.stmt.ForEachStmt
                    || n instanceof com.github.javaparser.ast.stmt.SwitchStmt
                    || n instanceof com.github.javaparser.ast.expr.SwitchExpr) {
                return false;
            }
        }
        return false;
    }
}
