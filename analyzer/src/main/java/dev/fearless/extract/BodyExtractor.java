package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
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
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Event.AccessKind;
import dev.fearless.facts.Event.AcquireKind;
import dev.fearless.facts.Event.CallStyle;
import dev.fearless.facts.Event.Discipline;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Loop;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Position;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.facts.Value.LiteralKind;
import dev.fearless.knowledge.TypeTrait;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one body (method, constructor, initializer or closure) and turns it into events, in source
 * order, each with the lock set certainly held there. Statements return the lock set held after them,
 * or {@code null} when they cannot complete normally; branches meet by intersection.
 *
 * <p>One instance per body, used by one thread, discarded once its {@link MethodFacts} is built.
 */
final class BodyExtractor {

    private final FileExtraction file;
    private final Positions positions;
    private final TypeExtraction type;
    final BodyExtractor enclosing;
    private final int methodIndex;
    private final boolean staticContext;
    private final Node body;

    private final MethodFactsBuilder sink = new MethodFactsBuilder();
    private final Map<Expression, Value> values = new IdentityHashMap<>();
    private final NameResolver names;
    private final ValueTyper typer;
    private final LockRecognizer locks;

    private Scope scope;
    private int guard = -1;
    private int loop = -1;

    /** A closure whose body is walked, waiting for the index of the call it is handed to (or -1). */
    private record PendingClosure(int index, BodyExtractor walker, Dispatch dispatch, Position pos, Position range,
                                  String name) {
    }

    BodyExtractor(FileExtraction file, TypeExtraction type, BodyExtractor enclosing, int methodIndex,
                  boolean staticContext, Scope outer, Node body) {
        this.file = file;
        this.positions = file.positions;
        this.type = type;
        this.enclosing = enclosing;
        this.methodIndex = methodIndex;
        this.staticContext = staticContext;
        this.body = body;
        this.scope = Scope.block(outer, this);
        this.names = new NameResolver(file, type, this, sink);
        this.typer = new ValueTyper(file, type, names);
        this.locks = new LockRecognizer(file, type, body, values, typer, names);
    }

    /** The output of this walk so far (enclosed bodies read the types of the locals they capture). */
    MethodFactsBuilder output() {
        return sink;
    }

    // ------------------------------------------------------------------------------------------
    // Entry points

    void declareParameter(Parameter p) {
        TypeRef t = TypeRefs.of(p.getType());
        if (p.isVarArgs()) {
            t = new TypeRef(t.name(), t.arguments(), t.arrayDimensions() + 1);
        }
        declareParameter(p.getNameAsString(), t);
    }

    void declareParameter(String name, TypeRef t) {
        names.declareParameter(name, t, scope);
    }

    /** Walks a method or constructor body with the locks held on entry. */
    LockSet walkBody(BlockStmt block, LockSet entry) {
        return block(block.getStatements(), entry);
    }

    /** Walks an initializer expression (a field's) and returns its value. */
    Value walkInitializer(Expression e, LockSet entry) {
        return expr(e, entry);
    }

    /** Records the monitor a synchronized method takes on entry. */
    void acquireOnEntry(Node name, LockRef lock) {
        sink.add(new Event.Acquire(positions.of(name), LockSet.EMPTY, -1, -1, lock, AcquireKind.SYNCHRONIZED_METHOD,
                Discipline.STRUCTURED, lock.kind() == LockRef.Kind.CLASS
                        ? new Value.Literal(LiteralKind.CLASS, lock.className()) : Value.PathValue.THIS, false));
    }

    MethodFacts finish(String name, MethodFacts.Kind kind, int modifiers, List<AnnotationFacts> annotations,
                       TypeRef returnType, boolean varargs, Position pos, Position range,
                       int closureOf, int siteEvent, Dispatch dispatch) {
        return sink.build(name, kind, modifiers, annotations, returnType, varargs, pos, range, closureOf, siteEvent,
                dispatch);
    }

    // ------------------------------------------------------------------------------------------
    // Statements

    private LockSet block(NodeList<Statement> statements, LockSet entry) {
        Scope savedScope = scope;
        int savedGuard = guard;
        scope = Scope.block(scope, this);
        LockSet held = entry;
        LockSet lastKnown = entry;
        for (Statement s : statements) {
            LockSet in = held != null ? held : lastKnown;
            held = statement(s, in);
            if (held != null) {
                lastKnown = held;
            }
            if (s instanceof IfStmt ifs && ifs.getElseStmt().isEmpty() && held != null && exits(ifs.getThenStmt())) {
                List<Guard.Test> rest = Conditions.implied(ifs.getCondition(), false, values);
                if (!rest.isEmpty()) {
                    guard = sink.addGuard(guard, positions.of(ifs.getCondition()), in, rest);
                }
                LockRef gained = locks.tryLockIn(ifs.getCondition(), false, scope);
                if (gained != null) {
                    held = held.plus(gained);
                }
            }
        }
        scope = savedScope;
        guard = savedGuard;
        return held;
    }

    private LockSet statement(Statement s, LockSet held) {
        if (s instanceof BlockStmt b) {
            return block(b.getStatements(), held);
        }
        if (s instanceof ExpressionStmt es) {
            return expressionStatement(es, held);
        }
        if (s instanceof IfStmt ifs) {
            return ifStatement(ifs, held);
        }
        if (s instanceof WhileStmt w) {
            return whileLoop(w.getCondition(), w.getBody(), held, Loop.Kind.WHILE, w);
        }
        if (s instanceof DoStmt d) {
            return doLoop(d, held);
        }
        if (s instanceof ForStmt f) {
            return forLoop(f, held);
        }
        if (s instanceof ForEachStmt f) {
            return forEachLoop(f, held);
        }
        if (s instanceof SynchronizedStmt sync) {
            return synchronizedBlock(sync, held);
        }
        if (s instanceof TryStmt t) {
            return tryStatement(t, held);
        }
        if (s instanceof ReturnStmt r) {
            Value v = r.getExpression().map(e -> expr(e, held)).orElse(Value.Absent.INSTANCE);
            sink.add(new Event.Return(positions.of(r), held, guard, loop, v));
            return null;
        }
        if (s instanceof ThrowStmt t) {
            Value v = expr(t.getExpression(), held);
            sink.add(new Event.Throw(positions.of(t), held, guard, loop, v));
            return null;
        }
        if (s instanceof BreakStmt || s instanceof ContinueStmt) {
            return null;
        }
        if (s instanceof SwitchStmt sw) {
            return switchStatement(sw.getSelector(), sw.getEntries(), held);
        }
        if (s instanceof LabeledStmt l) {
            LockSet out = statement(l.getStatement(), held);
            return out != null ? out : held;
        }
        if (s instanceof ExplicitConstructorInvocationStmt eci) {
            List<PendingClosure> closures = new ArrayList<>();
            List<Value> args = arguments(eci.getArguments(), held, Dispatch.UNKNOWN, closures);
            int index = sink.size();
            sink.add(new Event.Call(positions.of(eci), held, guard, loop, eci.isThis() ? Value.PathValue.THIS : Value.Super.INSTANCE,
                    "<init>", args, CallStyle.NORMAL, true));
            finish(closures, index);
            return held;
        }
        if (s instanceof LocalClassDeclarationStmt lc) {
            file.localType(lc.getClassDeclaration(), type, scope, methodIndex, staticContext);
            return held;
        }
        if (s instanceof LocalRecordDeclarationStmt lr) {
            file.localType(lr.getRecordDeclaration(), type, scope, methodIndex, true);
            return held;
        }
        if (s instanceof AssertStmt a) {
            expr(a.getCheck(), held);
            a.getMessage().ifPresent(m -> expr(m, held));
            LockRef asserted = locks.assertedHeld(a.getCheck(), scope);
            return asserted == null ? held : held.plus(asserted);
        }
        if (s instanceof YieldStmt y) {
            expr(y.getExpression(), held);
            return null;
        }
        return held;
    }

    private LockSet expressionStatement(ExpressionStmt es, LockSet held) {
        Expression e = es.getExpression();
        statementExpression(e, held);
        if (!(e instanceof MethodCallExpr call)) {
            return held;
        }
        LockRecognizer.LockCall lockCall = locks.lockCall(call, scope);
        if (lockCall == null) {
            return held;
        }
        if (lockCall.acquire()) {
            String text = call.getScope().map(LockDiscipline::normalize).orElse("");
            Discipline d = file.lockDiscipline.of(es, text, body);
            Value lockValue = call.getScope().map(s -> values.getOrDefault(s, Value.Other.INSTANCE)).orElse(Value.PathValue.THIS);
            sink.add(new Event.Acquire(namePosition(call), held, guard, loop, lockCall.lock(),
                    lockCall.interruptibly() ? AcquireKind.LOCK_INTERRUPTIBLY : AcquireKind.LOCK, d, lockValue, false));
            return held.plus(lockCall.lock());
        }
        sink.add(new Event.Release(namePosition(call), held, guard, loop, lockCall.lock(), LockDiscipline.inFinally(es)));
        return held.minus(lockCall.lock());
    }

    private LockSet ifStatement(IfStmt ifs, LockSet held) {
        Expression condition = ifs.getCondition();
        expr(condition, held);
        int savedGuard = guard;
        LockRef gained = locks.tryLockIn(condition, true, scope);
        LockSet thenIn = gained != null ? held.plus(gained) : held;
        guard = sink.addGuard(guard, positions.of(condition), held, Conditions.implied(condition, true, values));
        LockSet thenOut = statement(ifs.getThenStmt(), thenIn);
        guard = savedGuard;
        LockSet elseOut = held;
        if (ifs.getElseStmt().isPresent()) {
            guard = sink.addGuard(guard, positions.of(condition), held, Conditions.implied(condition, false, values));
            elseOut = statement(ifs.getElseStmt().get(), held);
            guard = savedGuard;
        }
        return join(thenOut, elseOut);
    }

    private LockSet whileLoop(Expression condition, Statement bodyStmt, LockSet held, Loop.Kind kind, Node node) {
        int savedLoop = loop;
        int savedGuard = guard;
        int id = sink.reserveLoop(loop);
        loop = id;
        int before = sink.size();
        expr(condition, held);
        sink.setLoop(id, positions.of(node), kind, condition.toString(), before);
        guard = sink.addGuard(guard, positions.of(condition), held, Conditions.implied(condition, true, values));
        LockSet out = statement(bodyStmt, held);
        loop = savedLoop;
        guard = savedGuard;
        return out == null ? held : held.intersect(out);
    }

    private LockSet doLoop(DoStmt d, LockSet held) {
        int savedLoop = loop;
        int id = sink.reserveLoop(loop);
        loop = id;
        LockSet out = statement(d.getBody(), held);
        int before = sink.size();
        expr(d.getCondition(), out != null ? out : held);
        sink.setLoop(id, positions.of(d), Loop.Kind.DO, d.getCondition().toString(), before);
        loop = savedLoop;
        return out == null ? held : held.intersect(out);
    }

    private LockSet forLoop(ForStmt f, LockSet held) {
        Scope savedScope = scope;
        scope = Scope.block(scope, this);
        for (Expression init : f.getInitialization()) {
            expr(init, held);
        }
        int savedLoop = loop;
        int savedGuard = guard;
        int id = sink.reserveLoop(loop);
        loop = id;
        int before = sink.size();
        if (f.getCompare().isPresent()) {
            Expression condition = f.getCompare().get();
            expr(condition, held);
            sink.setLoop(id, positions.of(f), Loop.Kind.FOR, condition.toString(), before);
            guard = sink.addGuard(guard, positions.of(condition), held, Conditions.implied(condition, true, values));
        } else {
            sink.setLoop(id, positions.of(f), Loop.Kind.FOR, "", before);
        }
        LockSet out = statement(f.getBody(), held);
        for (Expression update : f.getUpdate()) {
            expr(update, out != null ? out : held);
        }
        loop = savedLoop;
        guard = savedGuard;
        scope = savedScope;
        return out == null ? held : held.intersect(out);
    }

    private LockSet forEachLoop(ForEachStmt f, LockSet held) {
        Value iterable = expr(f.getIterable(), held);
        sink.add(new Event.Call(positions.of(f), held, guard, loop, iterable, "iterator", List.of(),
                CallStyle.FOR_EACH, false));
        Scope savedScope = scope;
        scope = Scope.block(scope, this);
        int savedLoop = loop;
        int id = sink.reserveLoop(loop);
        sink.setLoop(id, new Loop(savedLoop, positions.of(f), Loop.Kind.FOR_EACH, "", List.of()));
        loop = id;
        for (VariableDeclarator v : f.getVariable().getVariables()) {
            String unique = names.declareLocal(v.getNameAsString(), TypeRefs.of(v.getType()), scope);
            sink.add(new Event.LocalAssign(positions.of(v), held, guard, loop, unique, new Value.Element(iterable)));
        }
        LockSet out = statement(f.getBody(), held);
        loop = savedLoop;
        scope = savedScope;
        return out == null ? held : held.intersect(out);
    }

    private LockSet synchronizedBlock(SynchronizedStmt sync, LockSet held) {
        Expression lockExpression = sync.getExpression();
        Value v = expr(lockExpression, held);
        // Reading the field that holds the monitor is part of taking the lock, not a use of guarded state.
        sink.dropTrailingRead(v.pathOrNull());
        LockRef lock = LockRecognizer.monitorLock(lockExpression, v);
        boolean empty = sync.getBody().getStatements().isEmpty();
        Position pos = positions.of(sync);
        sink.add(new Event.Acquire(Position.of(pos.line(), pos.column(), pos.line(), pos.column() + 11), held, guard,
                loop, lock, AcquireKind.SYNCHRONIZED_BLOCK, Discipline.STRUCTURED, v, empty));
        LockSet inside = held.plus(lock);
        LockSet out = block(sync.getBody().getStatements(), inside);
        Position end = positions.of(sync.getBody());
        sink.add(new Event.Release(Position.of(end.endLine(), end.endColumn(), end.endLine(), end.endColumn()),
                out != null ? out : inside, guard, loop, lock, false));
        return out == null ? null : out.minus(lock);
    }

    private LockSet tryStatement(TryStmt t, LockSet held) {
        Scope savedScope = scope;
        scope = Scope.block(scope, this);
        LockSet inTry = held;
        for (Expression resource : t.getResources()) {
            expr(resource, held);
            LockRef lock = locks.resourceLock(resource, scope);
            if (lock != null) {
                inTry = inTry.plus(lock);
            }
        }
        int tryId = sink.nextTry();
        int tryStart = sink.size();
        LockSet tryOut = block(t.getTryBlock().getStatements(), inTry);
        for (Expression resource : t.getResources()) {
            LockRef lock = locks.resourceLock(resource, scope);
            if (lock != null && tryOut != null) {
                tryOut = tryOut.minus(lock);
            }
        }
        int tryEnd = sink.size();
        LockSet joined = tryOut;
        int order = 0;
        for (CatchClause c : t.getCatchClauses()) {
            Scope catchScope = scope;
            scope = Scope.block(scope, this);
            Parameter p = c.getParameter();
            String unique = names.declareLocal(p.getNameAsString(), TypeRefs.of(p.getType()), scope);
            int handlerStart = sink.size();
            LockSet catchOut = block(c.getBody().getStatements(), held);
            int handlerEnd = sink.size();
            sink.addCatch(new dev.fearless.facts.CatchClause(positions.of(c), TypeRefs.alternatives(p.getType()), unique,
                    tryId, order++, tryStart, tryEnd, handlerStart, handlerEnd));
            joined = join(joined, catchOut);
            scope = catchScope;
        }
        LockSet out = joined;
        if (t.getFinallyBlock().isPresent()) {
            LockSet finallyIn = joined != null ? joined : held;
            LockSet finallyOut = block(t.getFinallyBlock().get().getStatements(), finallyIn);
            out = joined == null || finallyOut == null ? null : finallyOut;
        }
        scope = savedScope;
        return out;
    }

    private LockSet switchStatement(Expression selector, NodeList<SwitchEntry> entries, LockSet held) {
        expr(selector, held);
        LockSet out = null;
        boolean hasDefault = false;
        for (SwitchEntry entry : entries) {
            hasDefault |= entry.getLabels().isEmpty() || entry.isDefault();
            for (Expression label : entry.getLabels()) {
                if (label instanceof PatternExpr) {
                    expr(label, held);
                }
            }
            entry.getGuard().ifPresent(g -> expr(g, held));
            LockSet entryOut = block(entry.getStatements(), held);
            out = join(out, entryOut == null && entry.getType() != SwitchEntry.Type.STATEMENT_GROUP ? null : entryOut);
        }
        if (!hasDefault || out == null) {
            out = join(out, held);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // Expressions

    private Value statementExpression(Expression e, LockSet held) {
        if (e instanceof MethodCallExpr call) {
            return methodCall(call, held, true);
        }
        if (e instanceof ObjectCreationExpr creation) {
            return objectCreation(creation, held, true, Dispatch.UNKNOWN);
        }
        return expr(e, held);
    }

    private Value expr(Expression e, LockSet held) {
        Value v = evaluate(e, held);
        values.put(e, v);
        return v;
    }

    private Value evaluate(Expression e, LockSet held) {
        if (e instanceof NameExpr n) {
            return name(n, held);
        }
        if (e instanceof FieldAccessExpr fa) {
            return fieldAccess(fa, held);
        }
        if (e instanceof MethodCallExpr call) {
            return methodCall(call, held, false);
        }
        if (e instanceof AssignExpr a) {
            return assign(a, held);
        }
        if (e instanceof UnaryExpr u) {
            return unary(u, held);
        }
        if (e instanceof BinaryExpr b) {
            expr(b.getLeft(), held);
            expr(b.getRight(), held);
            return Value.Other.INSTANCE;
        }
        if (e instanceof ObjectCreationExpr creation) {
            return objectCreation(creation, held, false, Dispatch.UNKNOWN);
        }
        if (e instanceof EnclosedExpr enclosed) {
            return expr(enclosed.getInner(), held);
        }
        if (e instanceof CastExpr cast) {
            return expr(cast.getExpression(), held);
        }
        if (e instanceof ConditionalExpr c) {
            expr(c.getCondition(), held);
            Value a = expr(c.getThenExpr(), held);
            Value b = expr(c.getElseExpr(), held);
            return a.equals(b) ? a : Value.Other.INSTANCE;
        }
        if (e instanceof ThisExpr t) {
            return t.getTypeName().map(n -> names.outerThis(n.asString())).orElse(Value.PathValue.THIS);
        }
        if (e instanceof SuperExpr) {
            return Value.Super.INSTANCE;
        }
        if (e instanceof StringLiteralExpr s) {
            return new Value.Literal(LiteralKind.STRING, s.getValue());
        }
        if (e instanceof TextBlockLiteralExpr s) {
            return new Value.Literal(LiteralKind.STRING, s.getValue());
        }
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr) {
            return new Value.Literal(LiteralKind.NUMBER, e.toString());
        }
        if (e instanceof BooleanLiteralExpr b) {
            return new Value.Literal(LiteralKind.BOOLEAN, Boolean.toString(b.getValue()));
        }
        if (e instanceof CharLiteralExpr c) {
            return new Value.Literal(LiteralKind.CHAR, c.getValue());
        }
        if (e instanceof NullLiteralExpr) {
            return new Value.Literal(LiteralKind.NULL, "null");
        }
        if (e instanceof ClassExpr c) {
            return new Value.Literal(LiteralKind.CLASS, file.names.qualify(TypeRefs.of(c.getType()).name()));
        }
        if (e instanceof ArrayAccessExpr aa) {
            Value array = expr(aa.getName(), held);
            expr(aa.getIndex(), held);
            AccessPath p = array.pathOrNull();
            if (elementTracked(p)) {
                sink.add(new Event.FieldAccess(positions.of(aa), held, guard, loop, file.path(p), AccessKind.ELEMENT_READ,
                        Value.Absent.INSTANCE, false));
            }
            return new Value.Element(array);
        }
        if (e instanceof ArrayCreationExpr ac) {
            ac.getLevels().forEach(level -> level.getDimension().ifPresent(d -> expr(d, held)));
            ac.getInitializer().ifPresent(init -> expr(init, held));
            TypeRef element = TypeRefs.of(ac.getElementType());
            return new Value.NewValue(new TypeRef(element.name(), element.arguments(), ac.getLevels().size()), "", -1);
        }
        if (e instanceof ArrayInitializerExpr init) {
            init.getValues().forEach(v -> expr(v, held));
            return new Value.NewValue(new TypeRef("", List.of(), 1), "", -1);
        }
        if (e instanceof InstanceOfExpr io) {
            Value subject = expr(io.getExpression(), held);
            io.getPattern().ifPresent(p -> declarePattern(p, subject, held));
            return Value.Other.INSTANCE;
        }
        if (e instanceof LambdaExpr lambda) {
            return unattached(closure(lambda, Dispatch.UNKNOWN, held));
        }
        if (e instanceof MethodReferenceExpr ref) {
            return unattached(methodReference(ref, Dispatch.UNKNOWN, held));
        }
        if (e instanceof VariableDeclarationExpr vd) {
            file.suppress(vd);
            for (VariableDeclarator v : vd.getVariables()) {
                declareVariable(v, held);
            }
            return Value.Other.INSTANCE;
        }
        if (e instanceof SwitchExpr sw) {
            switchStatement(sw.getSelector(), sw.getEntries(), held);
            return Value.Other.INSTANCE;
        }
        if (e instanceof TypeExpr t) {
            return new Value.TypeName(file.names.qualify(TypeRefs.of(t.getType()).name()));
        }
        if (e instanceof PatternExpr p) {
            declarePattern(p, Value.Other.INSTANCE, held);
            return Value.Other.INSTANCE;
        }
        // Annotations and anything newer that carries no behaviour.
        for (Node child : e.getChildNodes()) {
            if (child instanceof Expression sub) {
                expr(sub, held);
            }
        }
        return Value.Other.INSTANCE;
    }

    private Value name(NameExpr n, LockSet held) {
        String name = n.getNameAsString();
        NameResolver.Resolved r = names.resolve(name, scope);
        if (r != null) {
            if (r.field() != null) {
                readField(n, r.path(), r.field(), held, false);
            }
            return file.pathValue(r.path());
        }
        if (Character.isUpperCase(name.charAt(0))) {
            return new Value.TypeName(file.names.qualify(name));
        }
        AccessPath inherited = AccessPath.THIS_PATH.plus(name);
        if (staticContext) {
            return Value.Other.INSTANCE;
        }
        sink.add(new Event.FieldAccess(positions.of(n), held, guard, loop, file.path(inherited), AccessKind.READ, Value.Absent.INSTANCE,
                true));
        return file.pathValue(inherited);
    }

    private Value fieldAccess(FieldAccessExpr fa, LockSet held) {
        String qualified = names.qualifiedTypeName(fa, scope);
        if (qualified != null) {
            return new Value.TypeName(qualified);
        }
        Value scopeValue = expr(fa.getScope(), held);
        String field = fa.getNameAsString();
        if (scopeValue instanceof Value.TypeName t) {
            if (NameResolver.looksLikeNestedType(field, fa)) {
                return new Value.TypeName(t.name() + "." + field);
            }
            AccessPath p = AccessPath.root(Root.STATIC, names.staticOwner(t.name())).plus(field);
            readField(fa, p, file.fieldOf(p.rootName(), field), held, false);
            return file.pathValue(p);
        }
        if (scopeValue instanceof Value.Super) {
            AccessPath p = AccessPath.THIS_PATH.plus(field);
            readField(fa, p, null, held, true);
            return file.pathValue(p);
        }
        AccessPath base = scopeValue.pathOrNull();
        if (base == null) {
            return Value.Other.INSTANCE;
        }
        if (field.equals("length") && typer.declaredType(base, scope).isArray()) {
            return Value.Other.INSTANCE;
        }
        AccessPath p = base.plus(field);
        if (p == null) {
            return Value.Other.INSTANCE;
        }
        readField(fa, p, typer.fieldShape(p, scope), held, false);
        return file.pathValue(p);
    }

    private void readField(Node node, AccessPath p, FieldShape shape, LockSet held, boolean implicit) {
        if (shape != null && !shape.readTracked()) {
            return;
        }
        sink.add(new Event.FieldAccess(positions.of(node), held, guard, loop, file.path(p), AccessKind.READ, Value.Absent.INSTANCE,
                implicit));
    }

    private Value methodCall(MethodCallExpr call, LockSet held, boolean ignored) {
        Value receiver = call.getScope().map(s -> expr(s, held)).orElse(Value.Implicit.INSTANCE);
        String name = call.getNameAsString();
        String receiverType = typer.libraryType(receiver, scope);
        boolean receiverStream = receiver instanceof Value.CallResult cr && typer.isStream(cr.eventIndex())
                || !(receiver instanceof Value.TypeName) && receiverType != null
                   && file.knowledge.is(receiverType, TypeTrait.STREAM);
        boolean receiverParallel = receiver instanceof Value.CallResult cr && typer.isParallel(cr.eventIndex());
        Dispatch dispatch = file.classifier.classify(receiverType, name, call.getArguments().size(), receiverStream,
                receiverParallel);
        List<PendingClosure> closures = new ArrayList<>();
        List<Value> args = arguments(call.getArguments(), held, dispatch, closures);
        int index = sink.size();
        sink.add(new Event.Call(namePosition(call), held, guard, loop, receiver, name, args, CallStyle.NORMAL,
                ignored));
        finish(closures, index);
        typer.recordResult(index, receiverType, name, call.getArguments().size(), receiverStream, receiverParallel);
        return new Value.CallResult(index);
    }

    private List<Value> arguments(NodeList<Expression> arguments, LockSet held, Dispatch dispatch,
                                  List<PendingClosure> closures) {
        List<Value> result = new ArrayList<>(arguments.size());
        for (Expression arg : arguments) {
            Value v;
            if (arg instanceof LambdaExpr lambda) {
                PendingClosure c = closure(lambda, dispatch, held);
                closures.add(c);
                v = new Value.Closure(c.index());
            } else if (arg instanceof MethodReferenceExpr ref) {
                PendingClosure c = methodReference(ref, dispatch, held);
                closures.add(c);
                v = new Value.Closure(c.index());
            } else if (arg instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                v = objectCreation(creation, held, false, dispatch);
            } else {
                v = expr(arg, held);
            }
            values.put(arg, v);
            result.add(v);
        }
        return result;
    }

    private Value objectCreation(ObjectCreationExpr creation, LockSet held, boolean ignored, Dispatch asArgument) {
        creation.getScope().ifPresent(s -> expr(s, held));
        TypeRef t = TypeRefs.of(creation.getType());
        String library = file.names.libraryName(t.name());
        Dispatch dispatch = library != null && file.knowledge.is(library, TypeTrait.THREAD)
                ? Dispatch.ELSEWHERE : Dispatch.UNKNOWN;
        List<PendingClosure> closures = new ArrayList<>();
        List<Value> args = arguments(creation.getArguments(), held, dispatch, closures);
        String anonymous = "";
        if (creation.getAnonymousClassBody().isPresent()) {
            Dispatch anonymousDispatch = library != null && file.knowledge.is(library, TypeTrait.THREAD)
                    ? Dispatch.ELSEWHERE : asArgument;
            anonymous = file.anonymousType(creation, t, type, scope, methodIndex, staticContext, anonymousDispatch);
        }
        int index = sink.size();
        sink.add(new Event.NewObject(positions.of(creation), held, guard, loop, t, args, anonymous, ignored));
        finish(closures, index);
        return new Value.NewValue(t, anonymous, index);
    }

    private Value assign(AssignExpr a, LockSet held) {
        Expression target = a.getTarget();
        boolean compound = a.getOperator() != AssignExpr.Operator.ASSIGN;
        if (target instanceof ArrayAccessExpr aa) {
            Value array = expr(aa.getName(), held);
            expr(aa.getIndex(), held);
            Value value = expr(a.getValue(), held);
            AccessPath p = array.pathOrNull();
            if (compound) {
                capturedElementRead(a, p, held);
            }
            if (elementTracked(p)) {
                sink.add(new Event.FieldAccess(positions.of(a), held, guard, loop, file.path(p), AccessKind.ELEMENT_WRITE, value,
                        false));
            }
            return value;
        }
        AccessPath p = assignablePath(target, held);
        int before = sink.size();
        Value value = expr(a.getValue(), held);
        if (p == null) {
            return value;
        }
        if (p.root() == Root.LOCAL && !p.isField() || p.root() == Root.PARAM && !p.isField()) {
            assignLocal(a, p.rootName(), compound ? Value.Other.INSTANCE : value, held, a.getValue());
            return value;
        }
        boolean rereads = compound || sink.readsPath(before, p);
        sink.add(new Event.FieldAccess(positions.of(a), held, guard, loop, p,
                rereads ? AccessKind.UPDATE : AccessKind.WRITE, compound ? Value.Other.INSTANCE : value,
                target instanceof NameExpr && names.resolve(((NameExpr) target).getNameAsString(), scope) == null));
        return value;
    }

    private AccessPath assignablePath(Expression target, LockSet held) {
        if (target instanceof NameExpr n) {
            NameResolver.Resolved r = names.resolve(n.getNameAsString(), scope);
            if (r != null) {
                return r.path();
            }
            return staticContext ? null : AccessPath.THIS_PATH.plus(n.getNameAsString());
        }
        if (target instanceof FieldAccessExpr fa) {
            Value scopeValue = expr(fa.getScope(), held);
            if (scopeValue instanceof Value.TypeName t) {
                return AccessPath.root(Root.STATIC, names.staticOwner(t.name())).plus(fa.getNameAsString());
            }
            if (scopeValue instanceof Value.Super) {
                return AccessPath.THIS_PATH.plus(fa.getNameAsString());
            }
            AccessPath base = scopeValue.pathOrNull();
            return base == null ? null : base.plus(fa.getNameAsString());
        }
        if (target instanceof EnclosedExpr enclosed) {
            return assignablePath(enclosed.getInner(), held);
        }
        expr(target, held);
        return null;
    }

    /**
     * Whether an element access of the array at {@code p} is recorded: arrays in fields, and arrays in
     * locals captured from an enclosing method (shared with the code that captured them, so a task or
     * a parallel stage writing their cells matters); arrays in a body's own locals are owned, not recorded.
     */
    private boolean elementTracked(AccessPath p) {
        return p != null && (p.isField() || p.root() == Root.LOCAL && sink.captures(p.rootName()));
    }

    /**
     * The read half of {@code a[i]++} or {@code a[i] += x} on a captured local array: a read-modify-write
     * of a shared cell, told apart from a plain store (a disjoint fill such as {@code a[i] = f(i)}).
     */
    private void capturedElementRead(Node node, AccessPath p, LockSet held) {
        if (p != null && !p.isField() && elementTracked(p)) {
            sink.add(new Event.FieldAccess(positions.of(node), held, guard, loop, file.path(p), AccessKind.ELEMENT_READ,
                    Value.Absent.INSTANCE, false));
        }
    }

    private Value unary(UnaryExpr u, LockSet held) {
        UnaryExpr.Operator op = u.getOperator();
        boolean update = op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.PREFIX_DECREMENT
                || op == UnaryExpr.Operator.POSTFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_DECREMENT;
        if (!update) {
            expr(u.getExpression(), held);
            return Value.Other.INSTANCE;
        }
        Expression target = u.getExpression();
        while (target instanceof EnclosedExpr enclosed) {
            target = enclosed.getInner();
        }
        if (target instanceof ArrayAccessExpr aa) {
            Value array = expr(aa.getName(), held);
            expr(aa.getIndex(), held);
            AccessPath p = array.pathOrNull();
            capturedElementRead(u, p, held);
            if (elementTracked(p)) {
                sink.add(new Event.FieldAccess(positions.of(u), held, guard, loop, file.path(p), AccessKind.ELEMENT_WRITE,
                        Value.Other.INSTANCE, false));
            }
            return Value.Other.INSTANCE;
        }
        AccessPath p = assignablePath(target, held);
        if (p == null) {
            return Value.Other.INSTANCE;
        }
        if ((p.root() == Root.LOCAL || p.root() == Root.PARAM) && !p.isField()) {
            assignLocal(u, p.rootName(), Value.Other.INSTANCE, held, null);
        } else {
            sink.add(new Event.FieldAccess(positions.of(u), held, guard, loop, file.path(p), AccessKind.UPDATE, Value.Other.INSTANCE,
                    target instanceof NameExpr n && names.resolve(n.getNameAsString(), scope) == null));
        }
        return Value.Other.INSTANCE;
    }

    private PendingClosure closure(LambdaExpr lambda, Dispatch dispatch, LockSet held) {
        int index = type.reserveMethod();
        BodyExtractor inner = new BodyExtractor(file, type, this, index, staticContext, scope, lambda.getBody());
        for (Parameter p : lambda.getParameters()) {
            TypeRef t = p.getType() instanceof com.github.javaparser.ast.type.UnknownType ? TypeRef.UNKNOWN
                    : TypeRefs.of(p.getType());
            inner.declareParameter(p.getNameAsString(), t);
        }
        LockSet entry = dispatch == Dispatch.HERE ? held : LockSet.EMPTY;
        Statement lambdaBody = lambda.getBody();
        if (lambdaBody instanceof BlockStmt block) {
            inner.walkBody(block, entry);
        } else if (lambdaBody instanceof ExpressionStmt es) {
            Value v = inner.expr(es.getExpression(), entry);
            inner.sink.add(new Event.Return(positions.of(es), entry, -1, -1, v));
        }
        Position pos = positions.of(lambda);
        return new PendingClosure(index, inner, dispatch, pos, pos, "lambda$" + index);
    }

    private PendingClosure methodReference(MethodReferenceExpr ref, Dispatch dispatch, LockSet held) {
        int index = type.reserveMethod();
        BodyExtractor inner = new BodyExtractor(file, type, this, index, staticContext, scope, ref);
        LockSet entry = dispatch == Dispatch.HERE ? held : LockSet.EMPTY;
        Position pos = positions.of(ref);
        String identifier = ref.getIdentifier();
        if (identifier.equals("new")) {
            TypeRef t = ref.getScope() instanceof TypeExpr te ? TypeRefs.of(te.getType()) : TypeRef.UNKNOWN;
            inner.sink.add(new Event.NewObject(pos, entry, -1, -1, t, List.of(), "", false));
        } else {
            Value receiver = inner.referenceScope(ref.getScope(), entry);
            inner.sink.add(new Event.Call(pos, entry, -1, -1, receiver, identifier, List.of(),
                    CallStyle.METHOD_REFERENCE, false));
        }
        return new PendingClosure(index, inner, dispatch, pos, pos, "ref$" + index);
    }

    /**
     * The receiver of a method reference. {@code list::add} parses as if {@code list} were a type; when
     * the name is a variable or field in scope, it is that variable (JLS 6.5.2), not a type.
     */
    private Value referenceScope(Expression scopeExpr, LockSet held) {
        if (scopeExpr instanceof TypeExpr te
                && te.getType() instanceof com.github.javaparser.ast.type.ClassOrInterfaceType ct
                && ct.getScope().isEmpty() && ct.getTypeArguments().isEmpty()) {
            NameResolver.Resolved r = names.resolve(ct.getNameAsString(), scope);
            if (r != null) {
                if (r.field() != null) {
                    readField(te, r.path(), r.field(), held, false);
                }
                return file.pathValue(r.path());
            }
        }
        return expr(scopeExpr, held);
    }

    /** A closure stored, returned or assigned: not handed to any call here, so no site. */
    private Value unattached(PendingClosure closure) {
        finish(closure, -1);
        return new Value.Closure(closure.index());
    }

    private void finish(PendingClosure c, int siteEvent) {
        MethodFacts m = c.walker.finish(c.name, MethodFacts.Kind.CLOSURE, staticContext ? Modifiers.STATIC : 0,
                List.of(), TypeRef.UNKNOWN, false, c.pos, c.range, methodIndex, siteEvent, c.dispatch);
        type.setMethod(c.index, m);
    }

    private void finish(List<PendingClosure> closures, int siteEvent) {
        for (PendingClosure c : closures) {
            finish(c, siteEvent);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Locals

    private void declareVariable(VariableDeclarator v, LockSet held) {
        TypeRef declared = TypeRefs.of(v.getType());
        Value init = Value.Absent.INSTANCE;
        if (v.getInitializer().isPresent()) {
            Expression e = v.getInitializer().get();
            init = expr(e, held);
            if (!declared.isKnown() && init instanceof Value.NewValue nv) {
                declared = nv.type();
            }
            if (!declared.isKnown() && init instanceof Value.CallResult cr && typer.resultType(cr.eventIndex()) != null) {
                declared = TypeRef.of(typer.resultType(cr.eventIndex()));
            }
        }
        String unique = names.declareLocal(v.getNameAsString(), declared, scope);
        if (v.getInitializer().isPresent()) {
            Expression e = v.getInitializer().get();
            locks.noteAlias(unique, e, scope);
            sink.add(new Event.LocalAssign(positions.of(v), held, guard, loop, unique, init));
        }
    }

    private void assignLocal(Node node, String unique, Value value, LockSet held, Expression source) {
        if (source != null) {
            locks.noteAlias(unique, source, scope);
        }
        sink.add(new Event.LocalAssign(positions.of(node), held, guard, loop, unique, value));
    }

    private void declarePattern(PatternExpr p, Value subject, LockSet held) {
        if (p instanceof TypePatternExpr tp) {
            String unique = names.declareLocal(tp.getNameAsString(), TypeRefs.of(tp.getType()), scope);
            sink.add(new Event.LocalAssign(positions.of(tp), held, guard, loop, unique, subject));
        } else if (p instanceof RecordPatternExpr rp) {
            for (Node nested : rp.getPatternList()) {
                if (nested instanceof PatternExpr pattern) {
                    declarePattern(pattern, Value.Other.INSTANCE, held);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Guards, loops, positions

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

    private Position namePosition(MethodCallExpr call) {
        return positions.of(call.getName());
    }
}
