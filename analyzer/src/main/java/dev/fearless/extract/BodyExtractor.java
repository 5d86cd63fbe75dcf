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
import dev.fearless.facts.Variable;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks one body (method, constructor, initializer or closure) and turns it into events, in source
 * order, each with the lock set certainly held there. Statements return the lock set held after them,
 * or {@code null} when they cannot complete normally; branches meet by intersection.
 *
 * <p>One instance per body, used by one thread, discarded once its {@link MethodFacts} is built.
 */
final class BodyExtractor {

    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "com", "org", "net", "io",
            "dev", "sun", "jdk", "android", "androidx", "kotlin", "scala", "edu", "de", "fr", "uk", "ch", "nl");

    private final FileExtraction file;
    private final Positions positions;
    private final TypeExtraction type;
    private final BodyExtractor enclosing;
    private final int methodIndex;
    private final boolean staticContext;
    private final Node body;

    private final List<Event> events = new ArrayList<>();
    private final List<Guard> guards = new ArrayList<>();
    private final List<Loop> loops = new ArrayList<>();
    private final List<dev.fearless.facts.CatchClause> catches = new ArrayList<>();
    private final List<Variable> params = new ArrayList<>();
    private final List<Variable> locals = new ArrayList<>();
    private final Set<String> captures = new LinkedHashSet<>();
    private final Map<String, Integer> nameCounts = new HashMap<>();
    private final Map<Expression, Value> values = new IdentityHashMap<>();
    private final Map<Integer, String> resultTypes = new HashMap<>();
    private final Set<Integer> streamResults = new HashSet<>();
    private final Set<Integer> parallelResults = new HashSet<>();
    private final Map<String, LockRef> localLockAliases = new HashMap<>();
    private final Map<String, LockRef> tryLockFlags = new HashMap<>();
    private final List<Integer> loopParents = new ArrayList<>();

    private Scope scope;
    private int guard = -1;
    private int loop = -1;
    private int tryCount;

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
        params.add(new Variable(name, t));
        scope.declare(name, new Scope.Local(name, t, true, this));
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
        events.add(new Event.Acquire(positions.of(name), LockSet.EMPTY, -1, -1, lock, AcquireKind.SYNCHRONIZED_METHOD,
                Discipline.STRUCTURED, lock.kind() == LockRef.Kind.CLASS
                        ? new Value.Literal(LiteralKind.CLASS, lock.className()) : Value.PathValue.THIS, false));
    }

    MethodFacts finish(String name, MethodFacts.Kind kind, int modifiers, List<AnnotationFacts> annotations,
                       TypeRef returnType, boolean varargs, Position pos, Position range,
                       int closureOf, int siteEvent, Dispatch dispatch) {
        return new MethodFacts(name, kind, modifiers, annotations, params, returnType, varargs, pos, range, events,
                guards, loops, catches, locals, closureOf, siteEvent, dispatch, List.copyOf(captures));
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
                    guard = addGuard(ifs.getCondition(), in, rest);
                }
                LockRef gained = tryLockIn(ifs.getCondition(), false);
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
            events.add(new Event.Return(positions.of(r), held, guard, loop, v));
            return null;
        }
        if (s instanceof ThrowStmt t) {
            Value v = expr(t.getExpression(), held);
            events.add(new Event.Throw(positions.of(t), held, guard, loop, v));
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
            int index = events.size();
            events.add(new Event.Call(positions.of(eci), held, guard, loop, eci.isThis() ? Value.PathValue.THIS : Value.Super.INSTANCE,
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
            LockRef asserted = assertedHeld(a.getCheck());
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
        LockCall lockCall = lockCall(call);
        if (lockCall == null) {
            return held;
        }
        if (lockCall.acquire()) {
            String text = call.getScope().map(LockDiscipline::normalize).orElse("");
            Discipline d = file.lockDiscipline.of(es, text, body);
            Value lockValue = call.getScope().map(s -> values.getOrDefault(s, Value.Other.INSTANCE)).orElse(Value.PathValue.THIS);
            events.add(new Event.Acquire(namePosition(call), held, guard, loop, lockCall.lock(),
                    lockCall.interruptibly() ? AcquireKind.LOCK_INTERRUPTIBLY : AcquireKind.LOCK, d, lockValue, false));
            return held.plus(lockCall.lock());
        }
        events.add(new Event.Release(namePosition(call), held, guard, loop, lockCall.lock(), LockDiscipline.inFinally(es)));
        return held.minus(lockCall.lock());
    }

    /** A call that takes or releases an explicit lock. */
    private record LockCall(LockRef lock, boolean acquire, boolean interruptibly) {
    }

    /**
     * Whether a call statement takes or releases a java.util.concurrent lock (or a lock API the knowledge
     * base lists, such as Guava's Monitor), and which lock.
     */
    private LockCall lockCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        boolean noArgs = call.getArguments().isEmpty();
        if (call.getScope().isEmpty()) {
            if (noArgs && selfLock() && (name.equals("lock") || name.equals("lockInterruptibly") || name.equals("unlock"))) {
                return new LockCall(LockRef.lock(LockRef.Kind.LOCK, AccessPath.THIS_PATH), !name.equals("unlock"),
                        name.equals("lockInterruptibly"));
            }
            return null;
        }
        Expression scope = call.getScope().get();
        String library = libraryType(values.getOrDefault(scope, Value.Other.INSTANCE));
        Set<MethodTrait> traits = library == null ? Set.of()
                : file.knowledge.methodTraits(library, name, call.getArguments().size());
        boolean acquire = traits.contains(MethodTrait.LOCK_ACQUIRE)
                || noArgs && (name.equals("lock") || name.equals("lockInterruptibly"));
        boolean release = traits.contains(MethodTrait.LOCK_RELEASE) || noArgs && name.equals("unlock");
        if (!acquire && !release) {
            return null;
        }
        LockRef lock = explicitLock(scope);
        if (lock == null && (traits.contains(MethodTrait.LOCK_ACQUIRE) || traits.contains(MethodTrait.LOCK_RELEASE))) {
            AccessPath p = values.getOrDefault(scope, Value.Other.INSTANCE).pathOrNull();
            lock = p == null ? null : LockRef.lock(LockRef.Kind.LOCK, p);
        }
        return lock == null ? null : new LockCall(lock, acquire,
                name.equals("lockInterruptibly") || traits.contains(MethodTrait.LOCK_INTERRUPTIBLY));
    }

    /**
     * A lock held by a try-with-resources resource: {@code try (AutoLock l = lock.lock())} (Jetty) and
     * similar closeable lock guards, recognised by a resource initialized with a {@code lock()} call.
     */
    private LockRef resourceLock(Expression resource) {
        Expression init = resource;
        if (resource instanceof VariableDeclarationExpr vd && vd.getVariables().size() == 1) {
            init = vd.getVariables().get(0).getInitializer().orElse(null);
        }
        if (init instanceof MethodCallExpr call && call.getScope().isPresent() && call.getArguments().isEmpty()
                && (call.getNameAsString().equals("lock") || call.getNameAsString().equals("lockInterruptibly"))) {
            AccessPath p = values.getOrDefault(call.getScope().get(), Value.Other.INSTANCE).pathOrNull();
            if (p != null) {
                LockRef lock = explicitLock(call.getScope().get());
                return lock != null ? lock : LockRef.lock(LockRef.Kind.LOCK, p);
            }
        }
        return null;
    }

    /** Whether the current class is itself a Lock (extends ReentrantLock), so it may lock itself. */
    private boolean selfLock() {
        if (!type.superclass.isKnown()) {
            return false;
        }
        String library = file.names.libraryName(type.superclass.name());
        return library != null && file.knowledge.is(library, TypeTrait.LOCK);
    }

    private LockSet ifStatement(IfStmt ifs, LockSet held) {
        Expression condition = ifs.getCondition();
        expr(condition, held);
        int savedGuard = guard;
        LockRef gained = tryLockIn(condition, true);
        LockSet thenIn = gained != null ? held.plus(gained) : held;
        guard = addGuard(condition, held, Conditions.implied(condition, true, values));
        LockSet thenOut = statement(ifs.getThenStmt(), thenIn);
        guard = savedGuard;
        LockSet elseOut = held;
        if (ifs.getElseStmt().isPresent()) {
            guard = addGuard(condition, held, Conditions.implied(condition, false, values));
            elseOut = statement(ifs.getElseStmt().get(), held);
            guard = savedGuard;
        }
        return join(thenOut, elseOut);
    }

    private LockSet whileLoop(Expression condition, Statement bodyStmt, LockSet held, Loop.Kind kind, Node node) {
        int savedLoop = loop;
        int savedGuard = guard;
        int id = reserveLoop();
        loop = id;
        int before = events.size();
        expr(condition, held);
        setLoop(id, node, kind, condition, before);
        guard = addGuard(condition, held, Conditions.implied(condition, true, values));
        LockSet out = statement(bodyStmt, held);
        loop = savedLoop;
        guard = savedGuard;
        return out == null ? held : held.intersect(out);
    }

    private LockSet doLoop(DoStmt d, LockSet held) {
        int savedLoop = loop;
        int id = reserveLoop();
        loop = id;
        LockSet out = statement(d.getBody(), held);
        int before = events.size();
        expr(d.getCondition(), out != null ? out : held);
        setLoop(id, d, Loop.Kind.DO, d.getCondition(), before);
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
        int id = reserveLoop();
        loop = id;
        int before = events.size();
        if (f.getCompare().isPresent()) {
            Expression condition = f.getCompare().get();
            expr(condition, held);
            setLoop(id, f, Loop.Kind.FOR, condition, before);
            guard = addGuard(condition, held, Conditions.implied(condition, true, values));
        } else {
            setLoop(id, f, Loop.Kind.FOR, null, before);
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
        events.add(new Event.Call(positions.of(f), held, guard, loop, iterable, "iterator", List.of(),
                CallStyle.FOR_EACH, false));
        Scope savedScope = scope;
        scope = Scope.block(scope, this);
        int savedLoop = loop;
        int id = reserveLoop();
        loops.set(id, new Loop(savedLoop, positions.of(f), Loop.Kind.FOR_EACH, "", List.of()));
        loop = id;
        for (VariableDeclarator v : f.getVariable().getVariables()) {
            String unique = declareLocal(v.getNameAsString(), TypeRefs.of(v.getType()));
            events.add(new Event.LocalAssign(positions.of(v), held, guard, loop, unique, new Value.Element(iterable)));
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
        if (!events.isEmpty() && events.get(events.size() - 1) instanceof Event.FieldAccess fa
                && fa.kind() == AccessKind.READ && fa.path().equals(v.pathOrNull())) {
            events.remove(events.size() - 1);
        }
        LockRef lock = monitorLock(lockExpression, v);
        boolean empty = sync.getBody().getStatements().isEmpty();
        Position pos = positions.of(sync);
        events.add(new Event.Acquire(Position.of(pos.line(), pos.column(), pos.line(), pos.column() + 11), held, guard,
                loop, lock, AcquireKind.SYNCHRONIZED_BLOCK, Discipline.STRUCTURED, v, empty));
        LockSet inside = held.plus(lock);
        LockSet out = block(sync.getBody().getStatements(), inside);
        Position end = positions.of(sync.getBody());
        events.add(new Event.Release(Position.of(end.endLine(), end.endColumn(), end.endLine(), end.endColumn()),
                out != null ? out : inside, guard, loop, lock, false));
        return out == null ? null : out.minus(lock);
    }

    private LockSet tryStatement(TryStmt t, LockSet held) {
        Scope savedScope = scope;
        scope = Scope.block(scope, this);
        LockSet inTry = held;
        for (Expression resource : t.getResources()) {
            expr(resource, held);
            LockRef lock = resourceLock(resource);
            if (lock != null) {
                inTry = inTry.plus(lock);
            }
        }
        int tryId = tryCount++;
        int tryStart = events.size();
        LockSet tryOut = block(t.getTryBlock().getStatements(), inTry);
        for (Expression resource : t.getResources()) {
            LockRef lock = resourceLock(resource);
            if (lock != null && tryOut != null) {
                tryOut = tryOut.minus(lock);
            }
        }
        int tryEnd = events.size();
        LockSet joined = tryOut;
        int order = 0;
        for (CatchClause c : t.getCatchClauses()) {
            Scope catchScope = scope;
            scope = Scope.block(scope, this);
            Parameter p = c.getParameter();
            String unique = declareLocal(p.getNameAsString(), TypeRefs.of(p.getType()));
            int handlerStart = events.size();
            LockSet catchOut = block(c.getBody().getStatements(), held);
            int handlerEnd = events.size();
            catches.add(new dev.fearless.facts.CatchClause(positions.of(c), TypeRefs.alternatives(p.getType()), unique,
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
            return t.getTypeName().map(n -> outerThis(n.asString())).orElse(Value.PathValue.THIS);
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
                events.add(new Event.FieldAccess(positions.of(aa), held, guard, loop, file.path(p), AccessKind.ELEMENT_READ,
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
        Resolved r = resolve(name);
        if (r != null) {
            if (r.field != null) {
                readField(n, r.path, r.field, held, false);
            }
            return file.pathValue(r.path);
        }
        if (Character.isUpperCase(name.charAt(0))) {
            return new Value.TypeName(file.names.qualify(name));
        }
        AccessPath inherited = AccessPath.THIS_PATH.plus(name);
        if (staticContext) {
            return Value.Other.INSTANCE;
        }
        events.add(new Event.FieldAccess(positions.of(n), held, guard, loop, file.path(inherited), AccessKind.READ, Value.Absent.INSTANCE,
                true));
        return file.pathValue(inherited);
    }

    private Value fieldAccess(FieldAccessExpr fa, LockSet held) {
        String qualified = qualifiedTypeName(fa);
        if (qualified != null) {
            return new Value.TypeName(qualified);
        }
        Value scopeValue = expr(fa.getScope(), held);
        String field = fa.getNameAsString();
        if (scopeValue instanceof Value.TypeName t) {
            if (looksLikeNestedType(field, fa)) {
                return new Value.TypeName(t.name() + "." + field);
            }
            AccessPath p = AccessPath.root(Root.STATIC, staticOwner(t.name())).plus(field);
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
        if (field.equals("length") && declaredType(base).isArray()) {
            return Value.Other.INSTANCE;
        }
        AccessPath p = base.plus(field);
        if (p == null) {
            return Value.Other.INSTANCE;
        }
        readField(fa, p, fieldShape(p), held, false);
        return file.pathValue(p);
    }

    private void readField(Node node, AccessPath p, FieldShape shape, LockSet held, boolean implicit) {
        if (shape != null && !shape.readTracked()) {
            return;
        }
        events.add(new Event.FieldAccess(positions.of(node), held, guard, loop, file.path(p), AccessKind.READ, Value.Absent.INSTANCE,
                implicit));
    }

    private Value methodCall(MethodCallExpr call, LockSet held, boolean ignored) {
        Value receiver = call.getScope().map(s -> expr(s, held)).orElse(Value.Implicit.INSTANCE);
        String name = call.getNameAsString();
        String receiverType = libraryType(receiver);
        boolean receiverStream = receiver instanceof Value.CallResult cr && streamResults.contains(cr.eventIndex())
                || !(receiver instanceof Value.TypeName) && receiverType != null
                   && file.knowledge.is(receiverType, TypeTrait.STREAM);
        boolean receiverParallel = receiver instanceof Value.CallResult cr && parallelResults.contains(cr.eventIndex());
        Dispatch dispatch = file.classifier.classify(receiverType, name, call.getArguments().size(), receiverStream,
                receiverParallel);
        List<PendingClosure> closures = new ArrayList<>();
        List<Value> args = arguments(call.getArguments(), held, dispatch, closures);
        int index = events.size();
        events.add(new Event.Call(namePosition(call), held, guard, loop, receiver, name, args, CallStyle.NORMAL,
                ignored));
        finish(closures, index);
        recordResult(index, receiverType, name, call.getArguments().size(), receiverStream, receiverParallel);
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

    private void recordResult(int index, String receiverType, String name, int arity, boolean receiverStream,
                              boolean receiverParallel) {
        if (file.classifier.yieldsStream(receiverType, name, receiverStream)) {
            streamResults.add(index);
            if (name.equals("parallelStream") || name.equals("parallel")
                    || receiverParallel && !name.equals("sequential")) {
                parallelResults.add(index);
            }
            return;
        }
        if (receiverType == null) {
            if (name.endsWith("Async") && name.length() > 5) {
                resultTypes.put(index, "java.util.concurrent.CompletableFuture");
            }
            return;
        }
        Set<MethodTrait> traits = file.knowledge.methodTraits(receiverType, name, arity);
        if (traits.contains(MethodTrait.RETURNS_FUTURE)) {
            boolean completable = file.knowledge.isSubtype(receiverType, "java.util.concurrent.CompletionStage")
                    || receiverType.equals("java.util.concurrent.CompletableFuture");
            resultTypes.put(index, completable ? "java.util.concurrent.CompletableFuture"
                    : "java.util.concurrent.Future");
        } else if (traits.contains(MethodTrait.READ_LOCK) || traits.contains(MethodTrait.WRITE_LOCK)) {
            resultTypes.put(index, "java.util.concurrent.locks.Lock");
        } else if (traits.contains(MethodTrait.NEW_CONDITION)) {
            resultTypes.put(index, "java.util.concurrent.locks.Condition");
        } else if (traits.contains(MethodTrait.CURRENT_THREAD)) {
            resultTypes.put(index, "java.lang.Thread");
        } else if (receiverType.equals("java.util.concurrent.Executors")) {
            resultTypes.put(index, name.contains("Scheduled") ? "java.util.concurrent.ScheduledExecutorService"
                    : "java.util.concurrent.ExecutorService");
        }
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
        int index = events.size();
        events.add(new Event.NewObject(positions.of(creation), held, guard, loop, t, args, anonymous, ignored));
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
                events.add(new Event.FieldAccess(positions.of(a), held, guard, loop, file.path(p), AccessKind.ELEMENT_WRITE, value,
                        false));
            }
            return value;
        }
        AccessPath p = assignablePath(target, held);
        int before = events.size();
        Value value = expr(a.getValue(), held);
        if (p == null) {
            return value;
        }
        if (p.root() == Root.LOCAL && !p.isField() || p.root() == Root.PARAM && !p.isField()) {
            assignLocal(a, p.rootName(), compound ? Value.Other.INSTANCE : value, held, a.getValue());
            return value;
        }
        boolean rereads = compound || readsPath(before, p);
        events.add(new Event.FieldAccess(positions.of(a), held, guard, loop, p,
                rereads ? AccessKind.UPDATE : AccessKind.WRITE, compound ? Value.Other.INSTANCE : value,
                target instanceof NameExpr && resolve(((NameExpr) target).getNameAsString()) == null));
        return value;
    }

    private AccessPath assignablePath(Expression target, LockSet held) {
        if (target instanceof NameExpr n) {
            Resolved r = resolve(n.getNameAsString());
            if (r != null) {
                return r.path;
            }
            return staticContext ? null : AccessPath.THIS_PATH.plus(n.getNameAsString());
        }
        if (target instanceof FieldAccessExpr fa) {
            Value scopeValue = expr(fa.getScope(), held);
            if (scopeValue instanceof Value.TypeName t) {
                return AccessPath.root(Root.STATIC, staticOwner(t.name())).plus(fa.getNameAsString());
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
        return p != null && (p.isField() || p.root() == Root.LOCAL && captures.contains(p.rootName()));
    }

    /**
     * The read half of {@code a[i]++} or {@code a[i] += x} on a captured local array: a read-modify-write
     * of a shared cell, told apart from a plain store (a disjoint fill such as {@code a[i] = f(i)}).
     */
    private void capturedElementRead(Node node, AccessPath p, LockSet held) {
        if (p != null && !p.isField() && elementTracked(p)) {
            events.add(new Event.FieldAccess(positions.of(node), held, guard, loop, file.path(p), AccessKind.ELEMENT_READ,
                    Value.Absent.INSTANCE, false));
        }
    }

    private boolean readsPath(int from, AccessPath p) {
        for (int i = from; i < events.size(); i++) {
            if (events.get(i) instanceof Event.FieldAccess fa && fa.kind() == AccessKind.READ && fa.path().equals(p)) {
                return true;
            }
        }
        return false;
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
                events.add(new Event.FieldAccess(positions.of(u), held, guard, loop, file.path(p), AccessKind.ELEMENT_WRITE,
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
            events.add(new Event.FieldAccess(positions.of(u), held, guard, loop, file.path(p), AccessKind.UPDATE, Value.Other.INSTANCE,
                    target instanceof NameExpr n && resolve(n.getNameAsString()) == null));
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
            inner.events.add(new Event.Return(positions.of(es), entry, -1, -1, v));
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
            inner.events.add(new Event.NewObject(pos, entry, -1, -1, t, List.of(), "", false));
        } else {
            Value receiver = inner.referenceScope(ref.getScope(), entry);
            inner.events.add(new Event.Call(pos, entry, -1, -1, receiver, identifier, List.of(),
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
            Resolved r = resolve(ct.getNameAsString());
            if (r != null) {
                if (r.field != null) {
                    readField(te, r.path, r.field, held, false);
                }
                return file.pathValue(r.path);
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
            if (!declared.isKnown() && init instanceof Value.CallResult cr && resultTypes.containsKey(cr.eventIndex())) {
                declared = TypeRef.of(resultTypes.get(cr.eventIndex()));
            }
        }
        String unique = declareLocal(v.getNameAsString(), declared);
        if (v.getInitializer().isPresent()) {
            Expression e = v.getInitializer().get();
            noteLockAlias(unique, e);
            events.add(new Event.LocalAssign(positions.of(v), held, guard, loop, unique, init));
        }
    }

    private void assignLocal(Node node, String unique, Value value, LockSet held, Expression source) {
        if (source != null) {
            noteLockAlias(unique, source);
        }
        events.add(new Event.LocalAssign(positions.of(node), held, guard, loop, unique, value));
    }

    private void noteLockAlias(String unique, Expression source) {
        Expression e = source;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        if (e instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            String name = call.getNameAsString();
            if (name.equals("readLock") || name.equals("writeLock")) {
                AccessPath rw = values.getOrDefault(call.getScope().get(), Value.Other.INSTANCE).pathOrNull();
                if (rw != null) {
                    localLockAliases.put(unique, LockRef.lock(name.equals("readLock") ? LockRef.Kind.READ
                            : LockRef.Kind.WRITE, rw));
                }
            } else if (name.equals("tryLock")) {
                LockRef lock = explicitLock(call.getScope().get());
                if (lock != null) {
                    tryLockFlags.put(unique, lock);
                }
            }
            return;
        }
        AccessPath copied = values.getOrDefault(e, Value.Other.INSTANCE).pathOrNull();
        if (copied != null && copied.isField()) {
            LockRef lock = explicitLock(e);
            if (lock != null) {
                localLockAliases.put(unique, lock);
            }
        }
    }

    private void declarePattern(PatternExpr p, Value subject, LockSet held) {
        if (p instanceof TypePatternExpr tp) {
            String unique = declareLocal(tp.getNameAsString(), TypeRefs.of(tp.getType()));
            events.add(new Event.LocalAssign(positions.of(tp), held, guard, loop, unique, subject));
        } else if (p instanceof RecordPatternExpr rp) {
            for (Node nested : rp.getPatternList()) {
                if (nested instanceof PatternExpr pattern) {
                    declarePattern(pattern, Value.Other.INSTANCE, held);
                }
            }
        }
    }

    private String declareLocal(String name, TypeRef t) {
        int count = nameCounts.merge(name, 1, Integer::sum);
        String unique = count == 1 ? name : name + "#" + count;
        locals.add(new Variable(unique, t));
        scope.declare(name, new Scope.Local(unique, t, false, this));
        return unique;
    }

    // ------------------------------------------------------------------------------------------
    // Names

    /** A name resolved to an access path; {@code field} is set when it names a field. */
    private record Resolved(AccessPath path, FieldShape field) {
    }

    private Resolved resolve(String name) {
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.isType()) {
                FieldShape f = s.type.fields.get(name);
                if (f != null) {
                    return new Resolved(fieldPath(s.type, f), f);
                }
            } else {
                Scope.Local l = s.local(name);
                if (l != null) {
                    if (l.owner() == this) {
                        return new Resolved(AccessPath.root(l.parameter() ? Root.PARAM : Root.LOCAL, l.uniqueName()), null);
                    }
                    captures.add(l.uniqueName());
                    return new Resolved(AccessPath.root(Root.LOCAL, l.uniqueName()), null);
                }
            }
        }
        return null;
    }

    private AccessPath fieldPath(TypeShape owner, FieldShape f) {
        if (Modifiers.has(f.modifiers(), Modifiers.STATIC)) {
            return AccessPath.root(Root.STATIC, owner.name).plus(f.name());
        }
        if (owner == type.shape) {
            return AccessPath.THIS_PATH.plus(f.name());
        }
        return AccessPath.root(Root.OUTER, owner.name).plus(f.name());
    }

    private Value outerThis(String written) {
        for (TypeShape t = type.shape; t != null; t = t.enclosing) {
            if (t.name.equals(written) || t.name.endsWith("." + written)) {
                return t == type.shape ? Value.PathValue.THIS : file.pathValue(AccessPath.root(Root.OUTER, t.name));
            }
        }
        return file.pathValue(AccessPath.root(Root.OUTER, file.names.qualify(written)));
    }

    private String staticOwner(String typeName) {
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
    private String qualifiedTypeName(FieldAccessExpr fa) {
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
        if (!Character.isLowerCase(first.charAt(0)) || resolve(first) != null) {
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

    private static boolean looksLikeNestedType(String name, FieldAccessExpr fa) {
        if (!Character.isUpperCase(name.charAt(0)) || name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        Node parent = fa.getParentNode().orElse(null);
        return parent instanceof FieldAccessExpr || parent instanceof MethodCallExpr m && m.getScope().orElse(null) == fa
                || parent instanceof ClassExpr || parent instanceof ObjectCreationExpr;
    }

    // ------------------------------------------------------------------------------------------
    // Types and locks

    /** The declared type of the value at an access path, as far as this file can tell. */
    private TypeRef declaredType(AccessPath p) {
        TypeRef t = rootType(p);
        for (String field : p.fields()) {
            FieldShape f = null;
            if (t == null) {
                return TypeRef.UNKNOWN;
            }
            if (t == ROOT_THIS) {
                f = type.shape.fields.get(field);
            } else if (t == ROOT_STATIC || t == ROOT_OUTER) {
                f = file.fieldOf(p.rootName(), field);
            } else if (t.isKnown()) {
                String owner = file.names.declared(t.name());
                f = owner == null ? null : file.fieldOf(owner, field);
            }
            if (f == null) {
                return TypeRef.UNKNOWN;
            }
            t = f.type();
        }
        return t == null || t == ROOT_THIS || t == ROOT_STATIC || t == ROOT_OUTER ? TypeRef.UNKNOWN : t;
    }

    private static final TypeRef ROOT_THIS = TypeRef.of("<this>");
    private static final TypeRef ROOT_STATIC = TypeRef.of("<static>");
    private static final TypeRef ROOT_OUTER = TypeRef.of("<outer>");

    private TypeRef rootType(AccessPath p) {
        return switch (p.root()) {
            case THIS -> ROOT_THIS;
            case STATIC -> ROOT_STATIC;
            case OUTER -> ROOT_OUTER;
            case LOCAL, PARAM -> variableType(p.rootName());
        };
    }

    private TypeRef variableType(String unique) {
        for (BodyExtractor w = this; w != null; w = w.enclosing) {
            for (Variable v : w.params) {
                if (v.name().equals(unique)) {
                    return v.type();
                }
            }
            for (Variable v : w.locals) {
                if (v.name().equals(unique)) {
                    return v.type();
                }
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

    private FieldShape fieldShape(AccessPath p) {
        if (p.fields().size() == 1) {
            return switch (p.root()) {
                case THIS -> type.shape.fields.get(p.lastField());
                case STATIC, OUTER -> file.fieldOf(p.rootName(), p.lastField());
                default -> {
                    TypeRef t = variableType(p.rootName());
                    String owner = t.isKnown() ? file.names.declared(t.name()) : null;
                    yield owner == null ? null : file.fieldOf(owner, p.lastField());
                }
            };
        }
        TypeRef owner = declaredType(p.prefix());
        String declared = owner.isKnown() ? file.names.declared(owner.name()) : null;
        return declared == null ? null : file.fieldOf(declared, p.lastField());
    }

    /** The knowledge-base type of a value, when there is one. */
    private String libraryType(Value v) {
        if (v instanceof Value.TypeName t) {
            return file.names.libraryName(t.name());
        }
        if (v instanceof Value.CallResult cr) {
            return resultTypes.get(cr.eventIndex());
        }
        if (v instanceof Value.NewValue nv) {
            return file.names.libraryName(nv.type().name());
        }
        AccessPath p = v.pathOrNull();
        if (p == null) {
            return null;
        }
        if (p.root() == Root.LOCAL && !p.isField()) {
            TypeRef t = variableType(p.rootName());
            return t.isKnown() ? libraryOrStored(t.name()) : null;
        }
        TypeRef t = declaredType(p);
        return t.isKnown() && !t.isArray() ? file.names.libraryName(t.name()) : null;
    }

    private String libraryOrStored(String name) {
        return name.contains(".") && file.knowledge.type(name) != null ? name : file.names.libraryName(name);
    }

    /** The lock a {@code synchronized (e)} block takes. */
    private LockRef monitorLock(Expression e, Value v) {
        if (v instanceof Value.Literal lit && lit.kind() == LiteralKind.CLASS) {
            return LockRef.classMonitor(lit.text());
        }
        AccessPath p = v.pathOrNull();
        if (p != null) {
            return LockRef.monitor(p);
        }
        return LockRef.monitor(AccessPath.root(Root.LOCAL, "(" + LockDiscipline.normalize(e) + ")"));
    }

    /**
     * The java.util.concurrent lock an expression denotes when {@code lock()}/{@code unlock()} is called on
     * it, or {@code null} when it is not recognisably a lock.
     */
    private LockRef explicitLock(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr enclosed) {
            x = enclosed.getInner();
        }
        if (x instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            String name = call.getNameAsString();
            if (name.equals("readLock") || name.equals("writeLock")) {
                AccessPath rw = values.getOrDefault(call.getScope().get(), Value.Other.INSTANCE).pathOrNull();
                if (rw == null) {
                    rw = AccessPath.root(Root.LOCAL, "(" + LockDiscipline.normalize(call.getScope().get()) + ")");
                }
                return LockRef.lock(name.equals("readLock") ? LockRef.Kind.READ : LockRef.Kind.WRITE, rw);
            }
        }
        Value v = values.get(x);
        AccessPath p = v == null ? null : v.pathOrNull();
        if (p == null) {
            return x instanceof MethodCallExpr && unlockedInBody(x)
                    ? LockRef.lock(LockRef.Kind.LOCK, AccessPath.root(Root.LOCAL, "(" + LockDiscipline.normalize(x) + ")"))
                    : null;
        }
        if (p.root() == Root.LOCAL && !p.isField() && localLockAliases.containsKey(p.rootName())) {
            return localLockAliases.get(p.rootName());
        }
        FieldShape f = p.isField() ? fieldShape(p) : null;
        if (f != null && f.lockAlias() != null) {
            return rebase(f.lockAlias(), p);
        }
        String library = libraryType(v);
        if (library != null && file.knowledge.is(library, TypeTrait.LOCK)) {
            return LockRef.lock(LockRef.Kind.LOCK, p);
        }
        if (library == null && unlockedInBody(x)) {
            return LockRef.lock(LockRef.Kind.LOCK, p);
        }
        return null;
    }

    /** A field's lock alias is relative to its owner; rebase it onto the path the field was reached by. */
    private static LockRef rebase(LockRef alias, AccessPath fieldPath) {
        AccessPath owner = fieldPath.prefix();
        AccessPath aliasPath = alias.path();
        if (aliasPath.root() == Root.THIS && owner.root() != Root.STATIC) {
            AccessPath rebased = owner;
            for (String f : aliasPath.fields()) {
                rebased = rebased == null ? null : rebased.plus(f);
            }
            if (rebased != null) {
                return LockRef.lock(alias.kind(), rebased);
            }
        }
        return alias;
    }

    /** Whether the method body calls {@code unlock()} on the same expression text: then it is a lock. */
    private boolean unlockedInBody(Expression lockExpression) {
        String text = LockDiscipline.normalize(lockExpression);
        for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
            if (call.getNameAsString().equals("unlock") && call.getArguments().isEmpty()
                    && call.getScope().map(LockDiscipline::normalize).filter(text::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lock a condition acquires when it is {@code outcome}: {@code if (lock.tryLock())} holds it in
     * the then-branch; {@code if (!lock.tryLock()) return;} holds it after the if.
     */
    private LockRef tryLockIn(Expression condition, boolean outcome) {
        Expression c = condition;
        boolean polarity = outcome;
        while (true) {
            if (c instanceof EnclosedExpr enclosed) {
                c = enclosed.getInner();
            } else if (c instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
                c = u.getExpression();
                polarity = !polarity;
            } else {
                break;
            }
        }
        if (!polarity) {
            return null;
        }
        if (c instanceof MethodCallExpr call && call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            if (call.getNameAsString().equals("tryLock")) {
                return explicitLock(scope);
            }
            String library = libraryType(values.getOrDefault(scope, Value.Other.INSTANCE));
            if (library != null && file.knowledge.methodTraits(library, call.getNameAsString(), call.getArguments().size())
                    .contains(MethodTrait.LOCK_TRY)) {
                AccessPath p = values.getOrDefault(scope, Value.Other.INSTANCE).pathOrNull();
                return p == null ? null : LockRef.lock(LockRef.Kind.LOCK, p);
            }
        }
        if (c instanceof MethodCallExpr call && call.getScope().isEmpty() && call.getNameAsString().equals("tryLock")
                && selfLock()) {
            return LockRef.lock(LockRef.Kind.LOCK, AccessPath.THIS_PATH);
        }
        if (c instanceof NameExpr n) {
            Resolved r = resolve(n.getNameAsString());
            if (r != null && r.path.root() == Root.LOCAL) {
                return tryLockFlags.get(r.path.rootName());
            }
        }
        return null;
    }

    /**
     * The lock an assertion states the thread holds ({@code assert Thread.holdsLock(x)},
     * {@code assert lock.isHeldByCurrentThread()}): the code after it is written for callers that hold
     * it, and runs with it held whenever assertions are checked.
     */
    private LockRef assertedHeld(Expression check) {
        Expression c = check;
        while (c instanceof EnclosedExpr enclosed) {
            c = enclosed.getInner();
        }
        if (!(c instanceof MethodCallExpr call)) {
            return null;
        }
        String name = call.getNameAsString();
        if (name.equals("holdsLock") && call.getArguments().size() == 1 && call.getScope().isPresent()
                && call.getScope().get().toString().endsWith("Thread")) {
            Expression arg = call.getArgument(0);
            return monitorLock(arg, values.getOrDefault(arg, Value.Other.INSTANCE));
        }
        if (name.equals("isWriteLockedByCurrentThread") && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            AccessPath rw = values.getOrDefault(call.getScope().get(), Value.Other.INSTANCE).pathOrNull();
            return rw == null ? null : LockRef.lock(LockRef.Kind.WRITE, rw);
        }
        if (name.equals("isHeldByCurrentThread") && call.getArguments().isEmpty()) {
            if (call.getScope().isEmpty()) {
                return selfLock() ? LockRef.lock(LockRef.Kind.LOCK, AccessPath.THIS_PATH) : null;
            }
            return explicitLock(call.getScope().get());
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------
    // Guards, loops, positions

    private int addGuard(Expression condition, LockSet held, List<Guard.Test> implied) {
        guards.add(new Guard(guard, positions.of(condition), held, implied));
        return guards.size() - 1;
    }

    private int reserveLoop() {
        loops.add(null);
        loopParents.add(loop);
        return loops.size() - 1;
    }

    private void setLoop(int id, Node node, Loop.Kind kind, Expression condition, int conditionEventsFrom) {
        List<AccessPath> reads = new ArrayList<>();
        for (int i = conditionEventsFrom; i < events.size(); i++) {
            if (events.get(i) instanceof Event.FieldAccess fa && fa.kind() == AccessKind.READ) {
                reads.add(fa.path());
            }
        }
        Position pos = positions.of(node);
        loops.set(id, new Loop(loopParents.get(id), pos, kind, condition == null ? "" : condition.toString(), reads));
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

    private Position namePosition(MethodCallExpr call) {
        return positions.of(call.getName());
    }
}
