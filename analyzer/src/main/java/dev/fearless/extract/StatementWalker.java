package dev.fearless.extract;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Event.AcquireKind;
import dev.fearless.facts.Event.CallStyle;
import dev.fearless.facts.Event.Discipline;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Loop;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Position;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks the statements of one body in source order. Each statement gets the {@link WalkContext} it runs
 * in (scope, guard, loop, locks held) and returns the lock set held after it, or {@code null} when it
 * cannot complete normally; branches meet by intersection. A block, branch or loop hands its children a
 * new context, so nothing is saved and restored.
 */
final class StatementWalker {

    private final BodyExtractor owner;
    private final FileExtraction file;
    private final Positions positions;
    private final MethodFactsBuilder out;
    private final Map<Expression, Value> values;
    private final NameResolver names;
    private final LockRecognizer locks;
    private final ClosureCollector closures;
    private final ExpressionEvaluator expressions;

    StatementWalker(BodyExtractor owner, Map<Expression, Value> values, NameResolver names, ValueTyper typer,
                    LockRecognizer locks, ClosureCollector closures) {
        this.owner = owner;
        this.file = owner.file;
        this.positions = owner.file.positions;
        this.out = owner.output();
        this.values = values;
        this.names = names;
        this.locks = locks;
        this.closures = closures;
        // Expressions and statements nest both ways (a switch expression holds statements).
        this.expressions = new ExpressionEvaluator(owner, values, names, typer, locks, closures, this);
    }

    /** The evaluator of this body's expressions. */
    ExpressionEvaluator expressions() {
        return expressions;
    }

    /** Walks a block of statements in a new scope nested in {@code ctx}'s; returns the locks held after it. */
    LockSet block(NodeList<Statement> statements, WalkContext ctx) {
        WalkContext inBlock = ctx.inBlock(owner);
        LockSet held = ctx.held();
        LockSet lastKnown = held;
        List<Stated> asserted = null;
        for (Statement s : statements) {
            LockSet in = held != null ? held : lastKnown;
            int before = out.size();
            held = statement(s, inBlock.withHeld(in));
            if (held != null) {
                lastKnown = held;
            }
            if (s instanceof IfStmt ifs && ifs.getElseStmt().isEmpty() && held != null && exits(ifs.getThenStmt())) {
                // if (c) return; — the rest of the block runs where c is false.
                List<Guard.Test> rest = Conditions.implied(ifs.getCondition(), false, values);
                if (!rest.isEmpty()) {
                    inBlock = inBlock.inGuard(out.addGuard(inBlock.guard(), positions.of(ifs.getCondition()), in, rest));
                }
                LockRef gained = locks.tryLockIn(ifs.getCondition(), false, inBlock.scope());
                if (gained != null) {
                    held = held.plus(gained);
                }
            }
            if (s instanceof AssertStmt a) {
                asserted = asserted == null ? new ArrayList<>() : asserted;
                asserted.add(new Stated(before, out.size(), Conditions.asserted(a.getCheck(), values)));
            }
        }
        if (asserted != null) {
            // assert c; — the rest of the block is written for callers where c holds.
            asserted.forEach(a -> out.addAssertion(a.checkFrom(), a.from(), a.implied()));
        }
        return held;
    }

    /** An {@code assert} of the block: where its check's events start and end, and what it states. */
    private record Stated(int checkFrom, int from, List<Guard.Test> implied) {
    }

    private LockSet statement(Statement s, WalkContext ctx) {
        file.deadline.check();
        LockSet held = ctx.held();
        if (s instanceof BlockStmt b) {
            return block(b.getStatements(), ctx);
        }
        if (s instanceof ExpressionStmt es) {
            return expressionStatement(es, ctx);
        }
        if (s instanceof IfStmt ifs) {
            return ifStatement(ifs, ctx);
        }
        if (s instanceof WhileStmt w) {
            return whileLoop(w, ctx);
        }
        if (s instanceof DoStmt d) {
            return doLoop(d, ctx);
        }
        if (s instanceof ForStmt f) {
            return forLoop(f, ctx);
        }
        if (s instanceof ForEachStmt f) {
            return forEachLoop(f, ctx);
        }
        if (s instanceof SynchronizedStmt sync) {
            return synchronizedBlock(sync, ctx);
        }
        if (s instanceof TryStmt t) {
            return tryStatement(t, ctx);
        }
        if (s instanceof ReturnStmt r) {
            Value v = r.getExpression().map(e -> expressions.expr(e, ctx)).orElse(Value.Absent.INSTANCE);
            out.add(new Event.Return(positions.of(r), held, ctx.guard(), ctx.loop(), v));
            out.addLoopExit(ctx.loop(), -1, positions.of(r));
            return null;
        }
        if (s instanceof ThrowStmt t) {
            Value v = expressions.expr(t.getExpression(), ctx);
            out.add(new Event.Throw(positions.of(t), held, ctx.guard(), ctx.loop(), v));
            return null;
        }
        if (s instanceof BreakStmt b) {
            out.addLoopExit(ctx.loop(), loopsLeft(b), positions.of(b));
            return null;
        }
        if (s instanceof ContinueStmt) {
            return null;
        }
        if (s instanceof SwitchStmt sw) {
            return switchStatement(sw.getSelector(), sw.getEntries(), ctx);
        }
        if (s instanceof LabeledStmt l) {
            LockSet after = statement(l.getStatement(), ctx);
            return after != null ? after : held;
        }
        if (s instanceof ExplicitConstructorInvocationStmt eci) {
            List<ClosureCollector.Pending> pending = new ArrayList<>();
            List<Value> args = expressions.arguments(eci.getArguments(), ctx, Dispatch.UNKNOWN, pending);
            int index = out.size();
            out.add(new Event.Call(positions.of(eci), held, ctx.guard(), ctx.loop(),
                    eci.isThis() ? Value.PathValue.THIS : Value.Super.INSTANCE, "<init>", args, CallStyle.NORMAL, true,
                    TypeRef.UNKNOWN, eci.getArguments().stream().map(ExpressionEvaluator::castType).toList()));
            closures.finish(pending, index);
            return held;
        }
        if (s instanceof LocalClassDeclarationStmt lc) {
            file.localType(lc.getClassDeclaration(), owner.type, ctx.scope(), owner.methodIndex, owner.staticContext);
            return held;
        }
        if (s instanceof LocalRecordDeclarationStmt lr) {
            file.localType(lr.getRecordDeclaration(), owner.type, ctx.scope(), owner.methodIndex, true);
            return held;
        }
        if (s instanceof AssertStmt a) {
            expressions.expr(a.getCheck(), ctx);
            a.getMessage().ifPresent(m -> expressions.expr(m, ctx));
            LockRef asserted = locks.assertedHeld(a.getCheck(), ctx.scope());
            return asserted == null ? held : held.plus(asserted);
        }
        if (s instanceof YieldStmt y) {
            expressions.expr(y.getExpression(), ctx);
            return null;
        }
        return held;
    }

    private LockSet expressionStatement(ExpressionStmt es, WalkContext ctx) {
        LockSet held = ctx.held();
        Expression e = es.getExpression();
        expressions.statementExpression(e, ctx);
        if (!(stampedCall(e) instanceof MethodCallExpr call)) {
            return held;
        }
        LockRef optimistic = locks.optimisticRead(call, ctx.scope());
        if (optimistic != null) {
            return held.plus(optimistic);
        }
        LockRecognizer.LockCall lockCall = locks.lockCall(call, ctx.scope());
        if (lockCall == null) {
            return held;
        }
        Position pos = positions.of(call.getName());
        if (lockCall.acquire()) {
            String text = lockCall.wrapped() != null ? lockCall.wrapped() : call.getScope().map(LockDiscipline::normalize).orElse("");
            Discipline d = file.lockDiscipline.of(es, text, owner.body, c -> totalCall(c, ctx.scope()));
            Value lockValue = call.getScope().map(s -> values.getOrDefault(s, Value.Other.INSTANCE))
                    .orElse(Value.PathValue.THIS);
            out.add(new Event.Acquire(pos, held, ctx.guard(), ctx.loop(), lockCall.lock(),
                    lockCall.interruptibly() ? AcquireKind.LOCK_INTERRUPTIBLY : AcquireKind.LOCK, d, lockValue, false));
            return held.plus(lockCall.lock());
        }
        out.add(new Event.Release(pos, held, ctx.guard(), ctx.loop(), lockCall.lock(), LockDiscipline.inFinally(es)));
        return held.minus(lockCall.lock());
    }

    /**
     * Whether {@code call} cannot throw: a method the knowledge base lists as total ({@code incrementAndGet}
     * of an atomic variable) called on a final field of this object, which is set before any method runs.
     */
    private boolean totalCall(MethodCallExpr call, Scope scope) {
        Expression receiver = call.getScope().orElse(null);
        FieldShape f = null;
        if (receiver instanceof NameExpr n) {
            NameResolver.Resolved r = names.resolve(n.getNameAsString(), scope);
            f = r != null && r.path().isOwnField() ? r.field() : null;
        } else if (receiver instanceof com.github.javaparser.ast.expr.FieldAccessExpr fa
                && fa.getScope() instanceof com.github.javaparser.ast.expr.ThisExpr) {
            f = owner.type.shape.fields.get(fa.getNameAsString());
        }
        if (f == null || !Modifiers.has(f.modifiers(), Modifiers.FINAL) || !f.type().isKnown()) {
            return false;
        }
        String library = file.names.libraryName(f.type().name());
        return library != null && file.knowledge.callTraits(library, call.getNameAsString(), call.getArguments().size())
                .contains(MethodTrait.TOTAL);
    }

    /**
     * The call a statement makes: itself, or the call whose result it stores in a local or variable
     * ({@code long stamp = sl.writeLock();}, {@code stamp = sl.readLock();}), which is how locks that hand
     * out a stamp are taken.
     */
    private static Expression stampedCall(Expression e) {
        if (e instanceof VariableDeclarationExpr vd && vd.getVariables().size() == 1
                && vd.getVariables().get(0).getInitializer().orElse(null) instanceof MethodCallExpr call) {
            return call;
        }
        if (e instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN && a.getValue() instanceof MethodCallExpr call) {
            return call;
        }
        return e;
    }

    private LockSet ifStatement(IfStmt ifs, WalkContext ctx) {
        Expression condition = ifs.getCondition();
        LockSet held = endOptimisticReads(condition, ctx);
        ctx = ctx.withHeld(held);
        expressions.expr(condition, ctx);
        LockRef gained = locks.tryLockIn(condition, true, ctx.scope());
        LockSet thenIn = gained != null ? held.plus(gained) : held;
        LockRef queried = locks.heldWhen(condition, ctx.scope());
        thenIn = queried != null ? thenIn.plus(queried) : thenIn;
        LockRef spin = locks.spinLock(ifs, ctx.scope());
        thenIn = spin != null ? thenIn.plus(spin) : thenIn;
        int thenGuard = addGuard(condition, true, ctx);
        LockSet thenOut = statement(ifs.getThenStmt(), ctx.inGuard(thenGuard).withHeld(thenIn));
        LockSet elseOut = held;
        if (ifs.getElseStmt().isPresent()) {
            int elseGuard = addGuard(condition, false, ctx);
            elseOut = statement(ifs.getElseStmt().get(), ctx.inGuard(elseGuard));
        }
        return join(thenOut, elseOut);
    }

    /**
     * The held locks less the optimistic reads a condition validates ({@code if (!sl.validate(stamp))}):
     * past the check, what was read is either confirmed or read again under a real lock.
     */
    private LockSet endOptimisticReads(Expression condition, WalkContext ctx) {
        LockSet held = ctx.held();
        if (held.isEmpty()) {
            return held; // no read begun, nothing to end: most conditions, looked at without a lookup
        }
        for (MethodCallExpr call : condition.findAll(MethodCallExpr.class)) {
            LockRef validated = locks.validated(call, ctx.scope());
            if (validated != null && held.contains(validated)) {
                held = held.minus(validated);
            }
        }
        return held;
    }

    private LockSet whileLoop(WhileStmt w, WalkContext ctx) {
        LockSet held = ctx.held();
        Expression condition = w.getCondition();
        int id = out.reserveLoop(ctx.loop());
        WalkContext inLoop = ctx.inLoop(id);
        int before = out.size();
        expressions.expr(condition, inLoop);
        String text = condition.toString();
        out.setLoop(id, positions.of(w), Loop.Kind.WHILE, text, LoopPredicates.of(condition, text), before);
        int guard = addGuard(condition, true, ctx);
        LockSet after = statement(w.getBody(), inLoop.inGuard(guard));
        return after == null ? held : held.intersect(after);
    }

    private LockSet doLoop(DoStmt d, WalkContext ctx) {
        LockSet held = ctx.held();
        int id = out.reserveLoop(ctx.loop());
        WalkContext inLoop = ctx.inLoop(id);
        LockSet after = statement(d.getBody(), inLoop);
        int before = out.size();
        expressions.expr(d.getCondition(), inLoop.withHeld(after != null ? after : held));
        String text = d.getCondition().toString();
        out.setLoop(id, positions.of(d), Loop.Kind.DO, text, LoopPredicates.of(d.getCondition(), text), before);
        return after == null ? held : held.intersect(after);
    }

    private LockSet forLoop(ForStmt f, WalkContext ctx) {
        LockSet held = ctx.held();
        WalkContext inFor = ctx.inBlock(owner);
        for (Expression init : f.getInitialization()) {
            expressions.expr(init, inFor);
        }
        int id = out.reserveLoop(inFor.loop());
        WalkContext inLoop = inFor.inLoop(id);
        int before = out.size();
        if (f.getCompare().isPresent()) {
            Expression condition = f.getCompare().get();
            expressions.expr(condition, inLoop);
            String text = condition.toString();
            out.setLoop(id, positions.of(f), Loop.Kind.FOR, text, LoopPredicates.of(condition, text), before);
            inLoop = inLoop.inGuard(addGuard(condition, true, inFor));
        } else {
            out.setLoop(id, positions.of(f), Loop.Kind.FOR, "", "", before);
        }
        LockSet after = statement(f.getBody(), inLoop);
        for (Expression update : f.getUpdate()) {
            expressions.expr(update, inLoop.withHeld(after != null ? after : held));
        }
        return after == null ? held : held.intersect(after);
    }

    private LockSet forEachLoop(ForEachStmt f, WalkContext ctx) {
        LockSet held = ctx.held();
        Value iterable = expressions.expr(f.getIterable(), ctx);
        out.add(new Event.Call(positions.of(f), held, ctx.guard(), ctx.loop(), iterable, "iterator", List.of(),
                CallStyle.FOR_EACH, false));
        int id = out.reserveLoop(ctx.loop());
        out.setLoop(id, new Loop(ctx.loop(), positions.of(f), Loop.Kind.FOR_EACH, "", "", List.of(), List.of()));
        WalkContext inLoop = ctx.inBlock(owner).inLoop(id);
        for (VariableDeclarator v : f.getVariable().getVariables()) {
            String unique = names.declareLocal(v.getNameAsString(), TypeRefs.of(v.getType()), inLoop.scope());
            out.add(new Event.LocalAssign(positions.of(v), held, inLoop.guard(), inLoop.loop(), unique,
                    new Value.Element(iterable)));
        }
        LockSet after = statement(f.getBody(), inLoop);
        return after == null ? held : held.intersect(after);
    }

    /**
     * The component a lock expression reads through a record's implicit accessor ({@code t.from()} on a
     * record of this file that does not declare {@code from()} itself): the path of that component
     * ({@code t.from}), so that the lock is named by what it is; {@code null} otherwise.
     */
    private AccessPath recordComponent(Expression e, WalkContext ctx) {
        if (!(e instanceof MethodCallExpr call) || !call.getArguments().isEmpty() || call.getScope().isEmpty()
                || !(values.get(call.getScope().get()) instanceof Value.PathValue scope)) {
            return null;
        }
        AccessPath on = scope.path();
        if (on.root() != AccessPath.Root.PARAM && on.root() != AccessPath.Root.LOCAL || on.isField()) {
            return null;
        }
        TypeRef type = names.variableType(on.rootName(), ctx.scope());
        String declared = type.isKnown() ? file.names.declared(type.name()) : null;
        return declared != null && file.recordComponent(declared, call.getNameAsString())
                ? on.plus(call.getNameAsString()) : null;
    }

    private LockSet synchronizedBlock(SynchronizedStmt sync, WalkContext ctx) {
        LockSet held = ctx.held();
        Expression lockExpression = sync.getExpression();
        Value v = expressions.expr(lockExpression, ctx);
        // Reading the field that holds the monitor is part of taking the lock, not a use of guarded state.
        out.dropTrailingRead(v.pathOrNull());
        LockRef own = locks.ownClassLock(lockExpression);
        AccessPath component = recordComponent(lockExpression, ctx);
        LockRef lock = own != null ? own : component != null ? LockRef.monitor(component)
                : LockRecognizer.monitorLock(lockExpression, v);
        boolean empty = sync.getBody().getStatements().isEmpty();
        Position pos = positions.of(sync);
        out.add(new Event.Acquire(Position.of(pos.line(), pos.column(), pos.line(), pos.column() + 11), held,
                ctx.guard(), ctx.loop(), lock, AcquireKind.SYNCHRONIZED_BLOCK, Discipline.STRUCTURED, v, empty));
        LockSet inside = held.plus(lock);
        LockSet after = block(sync.getBody().getStatements(), ctx.withHeld(inside));
        Position end = positions.of(sync.getBody());
        out.add(new Event.Release(Position.of(end.endLine(), end.endColumn(), end.endLine(), end.endColumn()),
                after != null ? after : inside, ctx.guard(), ctx.loop(), lock, false));
        return after == null ? null : after.minus(lock);
    }

    private LockSet tryStatement(TryStmt t, WalkContext ctx) {
        LockSet held = ctx.held();
        WalkContext inTry = ctx.inBlock(owner);
        LockSet tryIn = held;
        for (Expression resource : t.getResources()) {
            expressions.expr(resource, inTry);
            resourceLocal(resource, inTry);
            LockRef lock = locks.resourceLock(resource, inTry.scope());
            if (lock != null) {
                tryIn = tryIn.plus(lock);
            }
        }
        int tryId = out.nextTry();
        int tryStart = out.size();
        LockSet tryOut = block(t.getTryBlock().getStatements(), inTry.withHeld(tryIn));
        for (Expression resource : t.getResources()) {
            LockRef lock = locks.resourceLock(resource, inTry.scope());
            if (lock != null && tryOut != null) {
                tryOut = tryOut.minus(lock);
            }
        }
        int tryEnd = out.size();
        LockSet joined = tryOut;
        int order = 0;
        for (CatchClause c : t.getCatchClauses()) {
            WalkContext inCatch = inTry.inBlock(owner);
            Parameter p = c.getParameter();
            String unique = names.declareLocal(p.getNameAsString(), TypeRefs.of(p.getType()), inCatch.scope());
            int handlerStart = out.size();
            LockSet catchOut = block(c.getBody().getStatements(), inCatch);
            int handlerEnd = out.size();
            out.addCatch(new dev.fearless.facts.CatchClause(positions.of(c), TypeRefs.alternatives(p.getType()), unique,
                    tryId, order++, tryStart, tryEnd, handlerStart, handlerEnd, exitOf(c.getBody()), ctx.guard(), ctx.loop(),
                    -1, -1));
            joined = join(joined, catchOut);
        }
        LockSet after = joined;
        if (t.getFinallyBlock().isPresent()) {
            LockSet finallyIn = joined != null ? joined : held;
            int finallyStart = out.size();
            LockSet finallyOut = block(t.getFinallyBlock().get().getStatements(), inTry.withHeld(finallyIn));
            out.finallyOf(tryId, finallyStart, out.size());
            after = joined == null || finallyOut == null ? null : finallyOut;
        }
        return after;
    }

    /** Records the local a try-with-resources statement closes: one it declares, or one it names. */
    private void resourceLocal(Expression resource, WalkContext ctx) {
        List<String> names = new ArrayList<>();
        if (resource instanceof VariableDeclarationExpr vd) {
            vd.getVariables().forEach(v -> names.add(v.getNameAsString()));
        } else if (resource instanceof NameExpr n) {
            names.add(n.getNameAsString());
        }
        for (String name : names) {
            NameResolver.Resolved r = this.names.resolve(name, ctx.scope());
            if (r != null && !r.path().isField() && r.path().root() != AccessPath.Root.STATIC) {
                out.addResource(r.path().rootName());
            }
        }
    }

    /** A switch statement, or the entries of a switch expression; returns the locks held after it. */
    LockSet switchStatement(Expression selector, NodeList<SwitchEntry> entries, WalkContext ctx) {
        LockSet held = ctx.held();
        expressions.expr(selector, ctx);
        LockSet after = null;
        boolean hasDefault = false;
        for (SwitchEntry entry : entries) {
            hasDefault |= entry.getLabels().isEmpty() || entry.isDefault();
            for (Expression label : entry.getLabels()) {
                if (label instanceof PatternExpr) {
                    expressions.expr(label, ctx);
                }
            }
            entry.getGuard().ifPresent(g -> expressions.expr(g, ctx));
            LockSet entryOut = block(entry.getStatements(), ctx);
            after = join(after, entryOut == null && entry.getType() != SwitchEntry.Type.STATEMENT_GROUP ? null : entryOut);
        }
        if (!hasDefault || after == null) {
            after = join(after, held);
        }
        return after;
    }

    /** A guard for the branch where {@code condition} is {@code outcome}, nested in {@code ctx}'s guard. */
    /** The guard of code that runs only when {@code condition} has {@code outcome}, under the guard of {@code ctx}. */
    int addGuard(Expression condition, boolean outcome, WalkContext ctx) {
        return out.addGuard(ctx.guard(), positions.of(condition), ctx.held(),
                Conditions.implied(condition, outcome, values));
    }

    /** The guard under which the right operand of {@code left && ...} ({@code outcome} true) or {@code left || ...} runs. */
    int addOperandGuard(Expression left, boolean outcome, WalkContext ctx) {
        return out.addOperandGuard(ctx.guard(), positions.of(left), ctx.held(), Conditions.implied(left, outcome, values));
    }

    /**
     * How many loops a {@code break} leaves: the loops between it and its target (the innermost loop or
     * switch, or the labelled statement), the target included when it is a loop.
     */
    private static int loopsLeft(BreakStmt b) {
        String label = b.getLabel().map(l -> l.getIdentifier()).orElse(null);
        int loops = 0;
        for (com.github.javaparser.ast.Node n = b.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof com.github.javaparser.ast.body.CallableDeclaration<?>
                    || n instanceof com.github.javaparser.ast.expr.LambdaExpr) {
                return loops;
            }
            boolean loop = n instanceof WhileStmt || n instanceof DoStmt || n instanceof ForStmt || n instanceof ForEachStmt;
            if (label == null && (loop || n instanceof SwitchStmt || n instanceof com.github.javaparser.ast.expr.SwitchExpr)) {
                return loop ? 1 : 0;
            }
            loops += loop ? 1 : 0;
            if (label != null && n instanceof LabeledStmt l && l.getLabel().getIdentifier().equals(label)) {
                return loops;
            }
        }
        return loops;
    }

    /** How a catch handler ends when it runs to its end: the jump its last statement makes, if every branch makes it. */
    private static dev.fearless.facts.CatchClause.Exit exitOf(Statement s) {
        if (s instanceof ReturnStmt) {
            return dev.fearless.facts.CatchClause.Exit.RETURN;
        }
        if (s instanceof ThrowStmt) {
            return dev.fearless.facts.CatchClause.Exit.THROW;
        }
        if (s instanceof BreakStmt) {
            return dev.fearless.facts.CatchClause.Exit.BREAK;
        }
        if (s instanceof ContinueStmt) {
            return dev.fearless.facts.CatchClause.Exit.CONTINUE;
        }
        if (s instanceof BlockStmt b && !b.getStatements().isEmpty()) {
            return exitOf(b.getStatements().get(b.getStatements().size() - 1));
        }
        if (s instanceof IfStmt i && i.getElseStmt().isPresent()) {
            dev.fearless.facts.CatchClause.Exit then = exitOf(i.getThenStmt());
            return then == exitOf(i.getElseStmt().get()) ? then : dev.fearless.facts.CatchClause.Exit.NORMAL;
        }
        return dev.fearless.facts.CatchClause.Exit.NORMAL;
    }

    private static boolean exits(Statement s) {
        if (s instanceof ReturnStmt || s instanceof ThrowStmt || s instanceof BreakStmt || s instanceof ContinueStmt) {
            return true;
        }
        if (s instanceof BlockStmt b && !b.getStatements().isEmpty()) {
            return exits(b.getStatements().get(b.getStatements().size() - 1));
        }
        if (s instanceof IfStmt i && i.getElseStmt().isPresent()) {
            return exits(i.getThenStmt()) && exits(i.getElseStmt().get());
        }
        return false;
    }

    private static LockSet join(LockSet a, LockSet b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.intersect(b);
    }
}
