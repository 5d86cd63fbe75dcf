package dev.fearless.facts;

import java.util.List;

/**
 * One thing a method body does that the analysis cares about, in source order, with the context it
 * happens in: the locks certainly held ({@link #held()}, relative to the method's entry), the
 * innermost enclosing condition ({@link #guard()}, an index into {@link MethodFacts#guards()}, or -1)
 * and the innermost enclosing loop ({@link #loop()}, an index into {@link MethodFacts#loops()}, or -1).
 */
public sealed interface Event {

    Position pos();

    LockSet held();

    int guard();

    int loop();

    /**
     * The values {@code e} hands on: a call's or a new object's arguments, a value returned, thrown, written
     * to a field or given to a local.
     */
    static List<Value> handedOn(Event e) {
        Value one = e instanceof Return r ? r.value() : e instanceof Throw t ? t.value()
                : e instanceof FieldAccess fa && fa.kind().isWrite() ? fa.value()
                : e instanceof LocalAssign la ? la.value() : null;
        if (one != null) {
            return List.of(one);
        }
        return e instanceof Call c ? c.args() : e instanceof NewObject n ? n.args() : List.of();
    }

    /** The path {@code e} touches: the field a field access reads or writes, or a call's receiver; {@code null} otherwise. */
    static AccessPath touched(Event e) {
        return e instanceof FieldAccess fa ? fa.path() : e instanceof Call c ? c.receiver().pathOrNull() : null;
    }

    /**
     * A read or write of a field, or of an element of an array held in a field or in a local captured
     * from an enclosing method (then {@code path} is that local, with no fields). {@code index} is the
     * value of the element's index ({@code slots[id]}: the local {@code id}), {@link Value.Absent} for a
     * field.
     */
    record FieldAccess(Position pos, LockSet held, int guard, int loop,
                       AccessPath path, AccessKind kind, Value value, boolean implicit, Value index) implements Event {
    }

    /** How a field is accessed. */
    enum AccessKind {
        READ, WRITE,
        /** Read-modify-write: {@code x++}, {@code x += 2}, {@code x = x + 1}. */
        UPDATE,
        ELEMENT_READ, ELEMENT_WRITE;

        public boolean isWrite() {
            return this == WRITE || this == UPDATE || this == ELEMENT_WRITE;
        }

        public boolean isRead() {
            return this != WRITE;
        }
    }

    /**
     * A method call. {@code receiver} is a {@link Value} ({@link Value.Implicit} for {@code foo()},
     * {@link Value.TypeName} for static calls, {@link Value.Super} for {@code super.foo()}).
     * Constructor chaining {@code this(...)}/{@code super(...)} is a call named {@code <init>}.
     * {@code receiverCast} is the type the receiver is cast to, {@code ((Composite) filter).add(x)}, or
     * {@link TypeRef#UNKNOWN}: the cast narrows the methods the call may run.
     */
    record Call(Position pos, LockSet held, int guard, int loop,
                Value receiver, String name, List<Value> args, CallStyle style, boolean resultIgnored,
                TypeRef receiverCast, List<TypeRef> argCasts)
            implements Event {

        public Call {
            name = name.intern();
            args = List.copyOf(args);
            argCasts = argCasts.stream().allMatch(t -> !t.isKnown()) ? List.of() : List.copyOf(argCasts);
        }

        /** A call whose receiver is not cast. */
        public Call(Position pos, LockSet held, int guard, int loop,
                    Value receiver, String name, List<Value> args, CallStyle style, boolean resultIgnored) {
            this(pos, held, guard, loop, receiver, name, args, style, resultIgnored, TypeRef.UNKNOWN);
        }

        /** A call none of whose arguments is cast. */
        public Call(Position pos, LockSet held, int guard, int loop,
                    Value receiver, String name, List<Value> args, CallStyle style, boolean resultIgnored,
                    TypeRef receiverCast) {
            this(pos, held, guard, loop, receiver, name, args, style, resultIgnored, receiverCast, List.of());
        }

        /** The type argument {@code i} is cast to ({@code f((Foo) x)}), or {@link TypeRef#UNKNOWN}. */
        public TypeRef argCast(int i) {
            return i < argCasts.size() ? argCasts.get(i) : TypeRef.UNKNOWN;
        }

        /** The number of arguments, or -1 for a method reference, whose arity is not written. */
        public int arity() {
            return style == CallStyle.METHOD_REFERENCE ? -1 : args.size();
        }
    }

    /** How a call appears in the source. */
    enum CallStyle {
        NORMAL,
        /** The implicit {@code iterator()} call of {@code for (x : collection)}. */
        FOR_EACH,
        /** The call a method reference such as {@code list::add} makes, inside its closure. */
        METHOD_REFERENCE,
        /**
         * The implicit {@code toString()} of a collection or map field concatenated into a string
         * ({@code "added to " + set}), which walks its elements.
         */
        STRING_CONVERSION
    }

    /** {@code new T(...)}: a fresh object, owned by this method until it escapes. */
    record NewObject(Position pos, LockSet held, int guard, int loop,
                     TypeRef type, List<Value> args, String anonymousType, boolean resultIgnored) implements Event {

        public NewObject {
            args = List.copyOf(args);
        }
    }

    /** Taking a lock. {@code held} is what was held just before. */
    record Acquire(Position pos, LockSet held, int guard, int loop,
                   LockRef lock, AcquireKind how, Discipline discipline, Value lockExpression, boolean emptyBody)
            implements Event {
    }

    /** How a lock is taken. */
    enum AcquireKind {
        SYNCHRONIZED_METHOD, SYNCHRONIZED_BLOCK, LOCK, LOCK_INTERRUPTIBLY, TRY_LOCK, TRY_LOCK_TIMED;

        public boolean isMonitor() {
            return this == SYNCHRONIZED_METHOD || this == SYNCHRONIZED_BLOCK;
        }

        /** Whether the thread may block here waiting for the lock (a failed tryLock does not wait). */
        public boolean blocks() {
            return this != TRY_LOCK && this != TRY_LOCK_TIMED;
        }
    }

    /** Where the release of an explicitly taken lock is, relative to the {@code lock()} call. */
    enum Discipline {
        /** Not an explicit lock: monitors are released by the language. */
        STRUCTURED,
        /** {@code lock(); try { ... } finally { unlock(); }} */
        CANONICAL,
        /** The matching unlock() exists but is not in a finally block. */
        NOT_IN_FINALLY,
        /** lock() is inside the try whose finally unlocks it, after other statements of that try. */
        INSIDE_TRY,
        /**
         * lock() is the first statement of the try whose finally unlocks it: only a failure of lock()
         * itself reaches the finally without the lock.
         */
        FIRST_IN_TRY,
        /** Statements between lock() and the try whose finally unlocks it. */
        GAP_BEFORE_TRY,
        /** No unlock() of this lock in the method: a lock/unlock pair split across methods, or a leak. */
        NO_RELEASE,
        /** The lock is released on some path but a path leaves the method with it held. */
        LEAKS_ON_PATH
    }

    /** Releasing a lock; {@code held} is what was held just before. */
    record Release(Position pos, LockSet held, int guard, int loop, LockRef lock, boolean inFinally)
            implements Event {
    }

    /** {@code return value;} */
    record Return(Position pos, LockSet held, int guard, int loop, Value value) implements Event {
    }

    /** A local variable gets a value (declaration with initializer, assignment, for-each, pattern). */
    record LocalAssign(Position pos, LockSet held, int guard, int loop, String local, Value value)
            implements Event {
    }

    /** {@code throw value;} */
    record Throw(Position pos, LockSet held, int guard, int loop, Value value) implements Event {
    }
}
