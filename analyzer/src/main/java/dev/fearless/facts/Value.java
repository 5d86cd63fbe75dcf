package dev.fearless.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * What an expression evaluates to, as far as the analysis cares: a place ({@link PathValue}), a
 * fresh object, a literal, the result of a call, a closure, or {@link Other}.
 */
public sealed interface Value {

    // The shared instances live in the records, not here: this interface has a default method, so
    // initializing any record initializes the interface first; constants here that create records
    // would make the two initializations wait for each other (ClassInitDeadlock, found on this code).

    /** The value stored at an access path: a local, a parameter, a field, or {@code this} itself. */
    record PathValue(AccessPath path) implements Value {
        /** {@code this} itself. */
        public static final PathValue THIS = new PathValue(AccessPath.THIS_PATH);
    }

    /**
     * A new object or array: {@code new T(...)}. {@code anonymousType} is the qualified name of the
     * anonymous class created, or empty; {@code eventIndex} is the index of its {@code NewObject} event in
     * the same method (the allocation site), or -1 for arrays and other allocations without one.
     */
    record NewValue(TypeRef type, String anonymousType, int eventIndex) implements Value {
    }

    /** A literal. For {@link LiteralKind#CLASS} the text is the type name of {@code Foo.class}. */
    record Literal(LiteralKind kind, String text) implements Value {
        public Literal {
            text = text.intern();
        }

        /** Whether this is the literal {@code true}. */
        public boolean isTrue() {
            return kind == LiteralKind.BOOLEAN && text.equals("true");
        }
    }

    /** The result of the call (or {@code new}) at {@code eventIndex} in the same method. */
    record CallResult(int eventIndex) implements Value {
    }

    /** A lambda or method reference, compiled to the closure method {@code closure} of the same type. */
    record Closure(int closure) implements Value {
    }

    /** A type used as a qualifier, {@code Foo} in {@code Foo.bar()}. */
    record TypeName(String name) implements Value {
        public TypeName {
            name = name.intern();
        }
    }

    /** {@code super} as a call receiver. */
    record Super() implements Value {
        public static final Super INSTANCE = new Super();
    }

    /** The receiver of an unqualified call, {@code foo()}: this instance, or an enclosing one. */
    record Implicit() implements Value {
        public static final Implicit INSTANCE = new Implicit();
    }

    /** An element of an array or collection, {@code a[i]} or the variable of {@code for (x : c)}. */
    record Element(Value of) implements Value {
    }

    /**
     * One of several values, as a condition chooses: fresh objects (or none), {@code c ? new A() : new B()},
     * each option a {@link NewValue} or the {@code null} literal; one of two variables,
     * {@code from.id < to.id ? from : to}; or the result of one of two calls, {@code ok ? a() : b()}.
     * Other conditionals are {@link Other}.
     */
    record Choice(List<Value> options) implements Value {
        public Choice {
            options = List.copyOf(options);
        }

        /** The choice between {@code a} and {@code b}, or {@code null} when either may be other than a new object or null. */
        public static Choice ofFresh(Value a, Value b) {
            List<Value> all = new ArrayList<>();
            for (Value v : List.of(a, b)) {
                if (v instanceof Choice c && c.fresh()) {
                    all.addAll(c.options());
                } else if (v instanceof NewValue || v instanceof Literal l && l.kind() == LiteralKind.NULL) {
                    all.add(v);
                } else {
                    return null;
                }
            }
            return new Choice(all);
        }

        /** Whether every option is a call's result ({@code ok ? a() : b()}): a value computed where it is chosen. */
        public boolean results() {
            return options.stream().allMatch(CallResult.class::isInstance);
        }

        /** Whether every option is a new object or {@code null}: no option is an object held elsewhere. */
        public boolean fresh() {
            return options.stream().allMatch(o -> o instanceof NewValue || o instanceof Literal l && l.kind() == LiteralKind.NULL);
        }

        /** The choice between the results of two calls (or of choices between such), or {@code null}. */
        public static Choice ofResults(Value a, Value b) {
            List<Value> all = new ArrayList<>();
            for (Value v : List.of(a, b)) {
                if (v instanceof Choice c && c.results()) {
                    all.addAll(c.options());
                } else if (v instanceof CallResult) {
                    all.add(v);
                } else {
                    return null;
                }
            }
            return new Choice(all);
        }

        /**
         * The choice between two fields of the method's own object ({@code retry ? this.retryTask : this.firstTask}),
         * or {@code null}.
         */
        public static Choice ofOwnFields(Value a, Value b) {
            AccessPath x = a.pathOrNull();
            AccessPath y = b.pathOrNull();
            return x != null && y != null && x.isOwnField() && y.isOwnField() ? new Choice(List.of(a, b)) : null;
        }

        /**
         * The choice between two objects the code names ({@code custom != null ? custom : DEFAULT}: a parameter,
         * a local, a field of any object, a static field), or {@code null}.
         */
        public static Choice ofReferences(Value a, Value b) {
            return a.pathOrNull() != null && b.pathOrNull() != null ? new Choice(List.of(a, b)) : null;
        }

        /** The choice between two variables (parameters or locals, not fields), or {@code null}. */
        public static Choice ofVariables(Value a, Value b) {
            AccessPath x = a.pathOrNull();
            AccessPath y = b.pathOrNull();
            boolean variables = x != null && y != null && !x.isField() && !y.isField()
                    && (x.root() == AccessPath.Root.PARAM || x.root() == AccessPath.Root.LOCAL)
                    && (y.root() == AccessPath.Root.PARAM || y.root() == AccessPath.Root.LOCAL);
            return variables ? new Choice(List.of(a, b)) : null;
        }
    }

    /** Anything else: arithmetic, conditionals, unknown. */
    record Other() implements Value {
        public static final Other INSTANCE = new Other();
    }

    /** No value at all: a field declared without an initializer, {@code return;}. */
    record Absent() implements Value {
        public static final Absent INSTANCE = new Absent();
    }

    /** Kinds of literal. */
    enum LiteralKind { STRING, NUMBER, BOOLEAN, CHAR, NULL, CLASS }


    /** The access path of this value, or {@code null} when it has none. */
    default AccessPath pathOrNull() {
        return this instanceof PathValue p ? p.path() : null;
    }

    /** Whether this value is the parameter {@code name} itself (not a field of it). */
    default boolean isParameter(String name) {
        AccessPath p = pathOrNull();
        return p != null && !p.isField() && p.root() == AccessPath.Root.PARAM && p.rootName().equals(name);
    }

    /**
     * Whether this value is the current object as a call receiver names it: an unqualified call,
     * {@code super}, or {@code this}.
     */
    default boolean isSelf() {
        return this instanceof Implicit || this instanceof Super || pathOrNull() != null && pathOrNull().isThis();
    }

    static List<Value> copy(List<Value> values) {
        return List.copyOf(values);
    }
}
