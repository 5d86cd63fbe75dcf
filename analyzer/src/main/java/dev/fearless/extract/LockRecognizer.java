package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.TypeFacts;
import dev.fearless.facts.Value;
import dev.fearless.facts.Value.LiteralKind;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which locks the code of one body takes and releases: monitors of {@code synchronized} blocks,
 * explicit {@code Lock} calls (and lock APIs the knowledge base lists), locals that alias a lock,
 * {@code tryLock} conditions, assertions that a lock is held, and lock guards held by
 * try-with-resources. Reads the values the expression evaluator has recorded for the lock expressions.
 */
final class LockRecognizer {

    /**
     * A call that takes or releases an explicit lock; {@code wrapped}: the field whose lock a method of the
     * file takes or releases for its callers ({@link LockWrappers}), else {@code null}.
     */
    record LockCall(LockRef lock, boolean acquire, boolean interruptibly, String wrapped) {
        LockCall(LockRef lock, boolean acquire, boolean interruptibly) {
            this(lock, acquire, interruptibly, null);
        }
    }

    private final FileExtraction file;
    private final TypeExtraction type;
    private final Node body;
    private final Map<Expression, Value> values;
    private final ValueTyper typer;
    private final NameResolver names;
    private final Map<String, LockRef> localLockAliases = new HashMap<>();
    private final Map<String, LockRef> tryLockFlags = new HashMap<>();
    /** Locals holding the stamp of a try ({@code long s = sl.tryWriteLock()}): the lock is held where it is not 0. */
    private final Map<String, LockRef> tryStamps = new HashMap<>();

    LockRecognizer(FileExtraction file, TypeExtraction type, Node body, Map<Expression, Value> values,
                   ValueTyper typer, NameResolver names) {
        this.file = file;
        this.type = type;
        this.body = body;
        this.values = values;
        this.typer = typer;
        this.names = names;
    }

    private Value valueOf(Expression e) {
        return values.getOrDefault(e, Value.Other.INSTANCE);
    }

    /**
     * Whether a call statement takes or releases a java.util.concurrent lock (or a lock API the knowledge
     * base lists, such as Guava's Monitor), and which lock.
     */
    LockCall lockCall(MethodCallExpr call, Scope scope) {
        if (call.getArguments().isEmpty() && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr)) {
            LockWrappers.Wrapper w = file.wrappers.find(type.shape, call.getNameAsString());
            if (w != null) {
                return new LockCall(w.lock(), w.acquire(), false, w.field());
            }
        }
        if (call.getScope().isEmpty()) {
            Set<MethodTrait> own = selfLock() && call.getArguments().isEmpty() ? traits(call, scope) : Set.of();
            boolean acquire = own.contains(MethodTrait.LOCK_ACQUIRE);
            if (acquire || own.contains(MethodTrait.LOCK_RELEASE)) {
                return new LockCall(LockRef.lock(LockRef.Kind.LOCK, AccessPath.THIS_PATH), acquire,
                        own.contains(MethodTrait.LOCK_INTERRUPTIBLY));
            }
            return null;
        }
        Expression receiver = call.getScope().get();
        Set<MethodTrait> typed = typedTraits(call, scope);
        Set<MethodTrait> traits = traits(call, scope);
        boolean acquire = traits.contains(MethodTrait.LOCK_ACQUIRE);
        boolean release = traits.contains(MethodTrait.LOCK_RELEASE);
        if (!acquire && !release) {
            return null;
        }
        LockRef lock = explicitLock(receiver, scope);
        if (lock == null && (typed.contains(MethodTrait.LOCK_ACQUIRE) || typed.contains(MethodTrait.LOCK_RELEASE))) {
            AccessPath p = valueOf(receiver).pathOrNull();
            lock = p == null ? null : LockRef.lock(stampHalf(typed), p);
        }
        return lock == null ? null : new LockCall(lock, acquire, traits.contains(MethodTrait.LOCK_INTERRUPTIBLY));
    }

    /**
     * The read half of the lock on which a call begins an optimistic read ({@code sl.tryOptimisticRead()}),
     * when a condition of the body validates it ({@code if (!sl.validate(stamp))}); {@code null} otherwise.
     */
    LockRef optimisticRead(MethodCallExpr call, Scope scope) {
        if (call.getScope().isEmpty() || !typedTraits(call, scope).contains(MethodTrait.LOCK_OPTIMISTIC)) {
            return null;
        }
        String text = LockDiscipline.normalize(call.getScope().get());
        String library = receiverLibraryType(call, scope);
        for (IfStmt check : body.findAll(IfStmt.class)) {
            for (MethodCallExpr c : check.getCondition().findAll(MethodCallExpr.class)) {
                if (c.getScope().isPresent() && LockDiscipline.normalize(c.getScope().get()).equals(text)
                        && file.knowledge.methodTraits(library, c.getNameAsString(), c.getArguments().size())
                        .contains(MethodTrait.LOCK_VALIDATE)) {
                    return halfOf(call.getScope().get(), LockRef.Kind.READ);
                }
            }
        }
        return null;
    }

    /** The read half of the lock a call validates an optimistic read of ({@code sl.validate(stamp)}), or {@code null}. */
    LockRef validated(MethodCallExpr call, Scope scope) {
        return call.getScope().isPresent() && typedTraits(call, scope).contains(MethodTrait.LOCK_VALIDATE)
                ? halfOf(call.getScope().get(), LockRef.Kind.READ) : null;
    }

    private LockRef halfOf(Expression lock, LockRef.Kind half) {
        AccessPath p = valueOf(lock).pathOrNull();
        return p == null ? null : LockRef.lock(half, p);
    }

    /**
     * The traits the knowledge base gives a call: those of the receiver's library type (for a call
     * without receiver, of the class's library superclass), with the table's name-only rows.
     */
    private Set<MethodTrait> traits(MethodCallExpr call, Scope scope) {
        return file.knowledge.callTraits(receiverLibraryType(call, scope), call.getNameAsString(),
                call.getArguments().size());
    }

    /** The traits of a call from its receiver's library type alone (none when that type is unknown). */
    private Set<MethodTrait> typedTraits(MethodCallExpr call, Scope scope) {
        String library = receiverLibraryType(call, scope);
        return library == null ? Set.of()
                : file.knowledge.methodTraits(library, call.getNameAsString(), call.getArguments().size());
    }

    private String receiverLibraryType(MethodCallExpr call, Scope scope) {
        if (call.getScope().isEmpty()) {
            return type.superclass.isKnown() ? file.names.libraryName(type.superclass.name()) : null;
        }
        return typer.libraryType(valueOf(call.getScope().get()), scope);
    }

    /**
     * A lock held by a try-with-resources resource: {@code try (AutoLock l = lock.lock())} (Jetty) and
     * similar closeable lock guards, recognised by a resource initialized with a {@code lock()} call.
     */
    LockRef resourceLock(Expression resource, Scope scope) {
        Expression init = resource;
        if (resource instanceof VariableDeclarationExpr vd && vd.getVariables().size() == 1) {
            init = vd.getVariables().get(0).getInitializer().orElse(null);
        }
        if (init instanceof MethodCallExpr call && call.getScope().isPresent() && call.getArguments().isEmpty()
                && named(call).contains(MethodTrait.LOCK_ACQUIRE)) {
            AccessPath p = valueOf(call.getScope().get()).pathOrNull();
            if (p != null) {
                LockRef lock = explicitLock(call.getScope().get(), scope);
                return lock != null ? lock : LockRef.lock(LockRef.Kind.LOCK, p);
            }
        }
        return null;
    }

    /** The traits the table's name-only rows give a call's name: for calls read by their syntax alone. */
    private Set<MethodTrait> named(MethodCallExpr call) {
        return file.knowledge.traitsByName(call.getNameAsString(), call.getArguments().size());
    }

    /** Which half of a read-write lock a call with these traits returns, or {@code null}. */
    static LockRef.Kind readWriteHalf(Set<MethodTrait> traits) {
        return traits.contains(MethodTrait.READ_LOCK) ? LockRef.Kind.READ
                : traits.contains(MethodTrait.WRITE_LOCK) ? LockRef.Kind.WRITE : null;
    }

    /** Which half of a lock a call that hands out stamps takes or releases ({@link LockRef.Kind#LOCK} for other locks). */
    private static LockRef.Kind stampHalf(Set<MethodTrait> traits) {
        return traits.contains(MethodTrait.READ_STAMP) ? LockRef.Kind.READ
                : traits.contains(MethodTrait.WRITE_STAMP) ? LockRef.Kind.WRITE : LockRef.Kind.LOCK;
    }

    /** Whether the current class is itself a Lock (extends ReentrantLock), so it may lock itself. */
    private boolean selfLock() {
        if (!type.superclass.isKnown()) {
            return false;
        }
        String library = file.names.libraryName(type.superclass.name());
        return library != null && file.knowledge.is(library, TypeTrait.LOCK);
    }

    /** The lock a {@code synchronized (e)} block takes, {@code e} having the value {@code v}. */
    /**
     * The class's own {@code Class} object, when a class no other class extends (final, a record, an
     * anonymous class) locks {@code getClass()}: one lock for all its instances, as its class literal is.
     * {@code null} for any other expression.
     */
    LockRef ownClassLock(Expression e) {
        Expression x = Conditions.unwrap(e);
        boolean sealedOff = Modifiers.has(type.modifiers, Modifiers.FINAL)
                || type.kind == TypeFacts.Kind.RECORD || type.kind == TypeFacts.Kind.ANONYMOUS;
        if (sealedOff && x instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr t
                && t.getTypeName().isEmpty())
                && file.knowledge.objectMethodTraits(call.getNameAsString(), 0).contains(MethodTrait.RUNTIME_CLASS)) {
            return LockRef.classMonitor(type.shape.name);
        }
        return null;
    }

    static LockRef monitorLock(Expression e, Value v) {
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
    LockRef explicitLock(Expression e, Scope scope) {
        Expression x = e;
        while (x instanceof EnclosedExpr enclosed) {
            x = enclosed.getInner();
        }
        if (x instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            LockRef.Kind half = readWriteHalf(traits(call, scope));
            if (half != null) {
                AccessPath rw = valueOf(call.getScope().get()).pathOrNull();
                if (rw == null) {
                    rw = AccessPath.root(Root.LOCAL, "(" + LockDiscipline.normalize(call.getScope().get()) + ")");
                }
                return LockRef.lock(half, rw);
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
        FieldShape f = p.isField() ? typer.fieldShape(p, scope) : null;
        if (f != null && f.lockAlias() != null) {
            return rebase(f.lockAlias(), p);
        }
        String library = typer.libraryType(v, scope);
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
            if (call.getArguments().isEmpty() && named(call).contains(MethodTrait.LOCK_RELEASE)
                    && call.getScope().map(LockDiscipline::normalize).filter(text::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Remembers what a local assigned from {@code source} where {@code held} is held stands for: {@code Lock
     * l = rw.readLock()} (or a copy of a lock field) aliases a lock, {@code boolean ok = lock.tryLock()} (or
     * a timed {@code tryLock(t, unit)}) holds it when true. A flag set {@code true} while its lock is held
     * ({@code lock.lockInterruptibly(); ok = true;}) still says so; any other value it gets says nothing.
     */
    void noteAlias(String unique, Expression source, Scope scope, LockSet held) {
        Expression e = source;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        LockRef flagged = tryLockFlags.remove(unique);
        if (flagged != null && e instanceof BooleanLiteralExpr b && b.getValue() && held.locks().contains(flagged)) {
            tryLockFlags.put(unique, flagged);
            return;
        }
        if (e instanceof MethodCallExpr call && call.getScope().isPresent()) {
            LockRef.Kind half = call.getArguments().isEmpty() ? readWriteHalf(traits(call, scope)) : null;
            if (half != null) {
                AccessPath rw = valueOf(call.getScope().get()).pathOrNull();
                if (rw != null) {
                    localLockAliases.put(unique, LockRef.lock(half, rw));
                }
            } else if (named(call).contains(MethodTrait.LOCK_TRY)) {
                LockRef lock = explicitLock(call.getScope().get(), scope);
                if (lock != null) {
                    tryLockFlags.put(unique, lock);
                }
            } else if (typedTraits(call, scope).contains(MethodTrait.LOCK_TRY)) {
                AccessPath p = valueOf(call.getScope().get()).pathOrNull();
                if (p != null) {
                    tryStamps.put(unique, LockRef.lock(stampHalf(typedTraits(call, scope)), p));
                }
            }
            return;
        }
        AccessPath copied = valueOf(e).pathOrNull();
        if (copied != null && copied.isField()) {
            LockRef lock = explicitLock(e, scope);
            if (lock != null) {
                localLockAliases.put(unique, lock);
            }
        }
    }

    /**
     * The lock a condition on a try's stamp holds when it is {@code outcome}: {@code s != 0} when true,
     * {@code s == 0} when false ({@code if (s == 0) return false;}); {@code null} for other conditions.
     */
    private LockRef stampTried(Expression condition, boolean outcome, Scope scope) {
        Expression c = condition;
        while (c instanceof EnclosedExpr enclosed) {
            c = enclosed.getInner();
        }
        if (!(c instanceof BinaryExpr b) || b.getOperator() != BinaryExpr.Operator.NOT_EQUALS && b.getOperator() != BinaryExpr.Operator.EQUALS) {
            return null;
        }
        Expression stamp = zero(b.getRight()) ? b.getLeft() : zero(b.getLeft()) ? b.getRight() : null;
        if (!(stamp instanceof NameExpr n) || outcome != (b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
            return null;
        }
        NameResolver.Resolved r = names.resolve(n.getNameAsString(), scope);
        return r != null && r.path().root() == Root.LOCAL ? tryStamps.get(r.path().rootName()) : null;
    }

    private static boolean zero(Expression e) {
        Long value = Conditions.integer(e);
        return value != null && value == 0;
    }

    /**
     * The lock a condition acquires when it is {@code outcome}: {@code if (lock.tryLock())} holds it in
     * the then-branch; {@code if (!lock.tryLock()) return;} holds it after the if.
     */
    LockRef tryLockIn(Expression condition, boolean outcome, Scope scope) {
        LockRef stamped = stampTried(condition, outcome, scope);
        if (stamped != null) {
            return stamped;
        }
        Expression c = condition;
        boolean polarity = outcome;
        while (true) {
            Conditions.AgainstLiteral literal = Conditions.againstLiteral(c);
            if (literal != null) {
                c = literal.subject();
                polarity = polarity == literal.same();
            } else if (c instanceof EnclosedExpr enclosed) {
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
            Expression receiver = call.getScope().get();
            if (named(call).contains(MethodTrait.LOCK_TRY)) {
                return explicitLock(receiver, scope);
            }
            if (typedTraits(call, scope).contains(MethodTrait.LOCK_TRY)) {
                AccessPath p = valueOf(receiver).pathOrNull();
                return p == null ? null : LockRef.lock(LockRef.Kind.LOCK, p);
            }
        }
        if (c instanceof MethodCallExpr call && call.getScope().isEmpty() && selfLock()
                && traits(call, scope).contains(MethodTrait.LOCK_TRY)) {
            return LockRef.lock(LockRef.Kind.LOCK, AccessPath.THIS_PATH);
        }
        if (c instanceof NameExpr n) {
            NameResolver.Resolved r = names.resolve(n.getNameAsString(), scope);
            if (r != null && r.path().root() == Root.LOCAL) {
                return tryLockFlags.get(r.path().rootName());
            }
        }
        return null;
    }

    /**
     * The lock a condition, when true, says the current thread holds: a query ({@code if
     * (lock.isHeldByCurrentThread())}, {@code Thread.holdsLock(x)}, a private predicate that returns one),
     * a hold count above zero ({@code if (rw.getReadHoldCount() > 0)}: the read lock), or either side of an
     * {@code &&}. {@code null} otherwise. The branch it guards runs holding that lock.
     */
    LockRef heldWhen(Expression condition, Scope scope) {
        Expression c = condition;
        while (c instanceof EnclosedExpr enclosed) {
            c = enclosed.getInner();
        }
        if (c instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
            LockRef left = heldWhen(b.getLeft(), scope);
            return left != null ? left : heldWhen(b.getRight(), scope);
        }
        if (c instanceof BinaryExpr b) {
            return heldCount(b, scope);
        }
        return assertedHeld(c, scope, true);
    }

    /**
     * The spin lock an {@code if} takes when its condition is {@code flag.compareAndSet(false, true)} on an
     * atomic flag and its branch is one try whose finally sets the flag back ({@code finally { flag.set(false); }}):
     * one thread at a time runs the branch, and the release orders it before the next (micrometer's
     * {@code CompositeMeterRegistry.lock(AtomicBoolean, Runnable)}). Nothing else acquires or names it; a CAS
     * flag never reset this way (a start-once gate) is no lock.
     */
    LockRef spinLock(IfStmt ifs, Scope scope) {
        Expression c = ifs.getCondition();
        while (c instanceof EnclosedExpr enclosed) {
            c = enclosed.getInner();
        }
        if (!(c instanceof MethodCallExpr cas) || cas.getScope().isEmpty() || cas.getArguments().size() != 2
                || !(cas.getArgument(0) instanceof BooleanLiteralExpr from) || from.getValue()
                || !(cas.getArgument(1) instanceof BooleanLiteralExpr to) || !to.getValue()
                || !file.knowledge.inGroup(NameGroup.ATOMIC_RELEASE, cas.getNameAsString())) {
            return null;
        }
        String library = receiverLibraryType(cas, scope);
        AccessPath flag = valueOf(cas.getScope().get()).pathOrNull();
        Statement then = ifs.getThenStmt();
        if (then instanceof BlockStmt block && block.getStatements().size() == 1) {
            then = block.getStatements().get(0);
        }
        if (library == null || !file.knowledge.is(library, TypeTrait.ATOMIC) || flag == null
                || !(then instanceof TryStmt t) || t.getFinallyBlock().isEmpty()) {
            return null;
        }
        String text = LockDiscipline.normalize(cas.getScope().get());
        for (MethodCallExpr reset : t.getFinallyBlock().get().findAll(MethodCallExpr.class)) {
            if (reset.getScope().map(LockDiscipline::normalize).filter(text::equals).isPresent()
                    && reset.getArguments().size() == 1 && reset.getArgument(0) instanceof BooleanLiteralExpr back
                    && !back.getValue() && file.knowledge.inGroup(NameGroup.ATOMIC_RELEASE, reset.getNameAsString())) {
                return LockRef.lock(LockRef.Kind.LOCK, flag);
            }
        }
        return null;
    }

    /** The lock a comparison of a hold count says is held ({@code getHoldCount() > 0}, {@code != 0}, {@code >= 1}). */
    private LockRef heldCount(BinaryExpr b, Scope scope) {
        Expression count = b.getLeft();
        Expression bound = b.getRight();
        BinaryExpr.Operator op = b.getOperator();
        if (count.isIntegerLiteralExpr()) { // 0 < count
            count = b.getRight();
            bound = b.getLeft();
            op = switch (op) {
                case LESS -> BinaryExpr.Operator.GREATER;
                case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
                default -> op;
            };
        }
        String n = bound.isIntegerLiteralExpr() ? bound.asIntegerLiteralExpr().getValue() : null;
        boolean positive = "0".equals(n) && (op == BinaryExpr.Operator.GREATER || op == BinaryExpr.Operator.NOT_EQUALS)
                || "1".equals(n) && op == BinaryExpr.Operator.GREATER_EQUALS;
        if (!positive || !(count instanceof MethodCallExpr call) || !call.getArguments().isEmpty()
                || call.getScope().isEmpty()) {
            return null;
        }
        Set<MethodTrait> traits = traits(call, scope);
        AccessPath lock = valueOf(call.getScope().get()).pathOrNull();
        if (lock == null) {
            return null;
        }
        if (traits.contains(MethodTrait.READ_HOLD_COUNT)) {
            return LockRef.lock(LockRef.Kind.READ, lock);
        }
        if (traits.contains(MethodTrait.WRITE_HOLD_COUNT)) {
            return LockRef.lock(LockRef.Kind.WRITE, lock);
        }
        return traits.contains(MethodTrait.HOLD_COUNT) ? explicitLock(call.getScope().get(), scope) : null;
    }

    /**
     * The lock an assertion states the thread holds ({@code assert Thread.holdsLock(x)},
     * {@code assert lock.isHeldByCurrentThread()}, or a private predicate of the class that returns such
     * a test: {@code assert locked()}): the code after it is written for callers that hold it, and runs
     * with it held whenever assertions are checked.
     */
    LockRef assertedHeld(Expression check, Scope scope) {
        return assertedHeld(check, scope, true);
    }

    private LockRef assertedHeld(Expression check, Scope scope, boolean followPredicate) {
        Expression c = check;
        while (c instanceof EnclosedExpr enclosed) {
            c = enclosed.getInner();
        }
        if (!(c instanceof MethodCallExpr call)) {
            return null;
        }
        if (followPredicate && call.getScope().isEmpty() && call.getArguments().isEmpty()) {
            Expression stated = LockPredicates.statement(call, type, scope);
            if (stated != null) {
                LockPredicates.bind(stated, scope, file, values);
                return assertedHeld(stated, scope, false);
            }
        }
        Set<MethodTrait> traits = traits(call, scope);
        if (traits.contains(MethodTrait.MONITOR_QUERY) && call.getArguments().size() == 1 && call.getScope().isPresent()) {
            Expression arg = call.getArgument(0);
            return monitorLock(arg, valueOf(arg));
        }
        if (traits.contains(MethodTrait.WRITE_LOCK_QUERY) && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            AccessPath rw = valueOf(call.getScope().get()).pathOrNull();
            return rw == null ? null : LockRef.lock(LockRef.Kind.WRITE, rw);
        }
        if (traits.contains(MethodTrait.LOCK_QUERY) && call.getArguments().isEmpty()) {
            if (call.getScope().isEmpty()) {
                return selfLock() ? LockRef.lock(LockRef.Kind.LOCK, AccessPath.THIS_PATH) : null;
            }
            return explicitLock(call.getScope().get(), scope);
        }
        return null;
    }
}
