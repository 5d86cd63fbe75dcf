package dev.fearless.facts;

import java.util.List;

/**
 * A method, constructor, initializer or closure, with the events of its body.
 *
 * <p>Initializers are synthetic methods: {@code <init>} holds instance field initializers and
 * instance initializer blocks (run by every constructor), {@code <clinit>} the static ones. A closure
 * (lambda or method reference) is a synthetic method of the enclosing type: {@code closureOf} is the
 * index of the method it is written in, {@code siteEvent} the index of the call it is handed to in
 * that method (or -1), {@code dispatch} where it runs, and {@code captures} the locals it captures.
 * A closure that runs {@link Dispatch#HERE} starts with the locks held at its site. {@code resources} are
 * the locals (unique names) that a try-with-resources statement of the body closes, {@code assertions}
 * what its {@code assert} statements state, and {@code finalReads} the final fields of its object (or an
 * enclosing one) it reads, which get no event: they cannot change once the object is built (a final field
 * read through another reference, {@code parent.maxDoc}, is there as {@code .maxDoc}); {@code thrown}
 * the exception types its declaration says it may throw, as written.
 */
public record MethodFacts(String name, Kind kind, int modifiers, List<AnnotationFacts> annotations,
                          List<Variable> params, TypeRef returnType, boolean varargs,
                          Position pos, Position range,
                          List<Event> events, List<Guard> guards, List<Loop> loops, List<CatchClause> catches,
                          List<Variable> locals,
                          int closureOf, int siteEvent, Dispatch dispatch, List<String> captures,
                          List<String> resources, List<Assertion> assertions, List<String> finalReads,
                          List<String> thrown) {

    public static final String INSTANCE_INIT = "<init>";
    public static final String STATIC_INIT = "<clinit>";
    /** How the names of lambda bodies and method references (both closures) begin. */
    public static final String LAMBDA_PREFIX = "lambda$";
    public static final String REFERENCE_PREFIX = "ref$";
    /** Marks, in {@link #finalReads}, a final field read through another reference than {@code this}. */
    public static final String FOREIGN = ".";

    /** Kinds of method. */
    public enum Kind { METHOD, CONSTRUCTOR, INITIALIZER, STATIC_INITIALIZER, CLOSURE }

    public MethodFacts {
        name = name.intern();
        annotations = List.copyOf(annotations);
        params = List.copyOf(params);
        events = List.copyOf(events);
        guards = List.copyOf(guards);
        loops = List.copyOf(loops);
        catches = List.copyOf(catches);
        locals = List.copyOf(locals);
        captures = List.copyOf(captures);
        resources = List.copyOf(resources);
        assertions = List.copyOf(assertions);
        finalReads = List.copyOf(finalReads);
        thrown = List.copyOf(thrown);
    }

    public boolean isStatic() {
        return Modifiers.has(modifiers, Modifiers.STATIC);
    }

    public boolean isSynchronized() {
        return Modifiers.has(modifiers, Modifiers.SYNCHRONIZED);
    }

    public boolean isPrivate() {
        return Modifiers.has(modifiers, Modifiers.PRIVATE);
    }

    public boolean isAbstract() {
        return Modifiers.has(modifiers, Modifiers.ABSTRACT);
    }

    public boolean isFinal() {
        return Modifiers.has(modifiers, Modifiers.FINAL);
    }

    public boolean isClosure() {
        return kind == Kind.CLOSURE;
    }

    /**
     * Whether this is a lambda's body (not a method reference's call): the compiler makes it a method of
     * the class it is written in, which a thread running it must find initialized.
     */
    public boolean isLambda() {
        return kind == Kind.CLOSURE && name.startsWith(LAMBDA_PREFIX);
    }

    public boolean isConstructor() {
        return kind == Kind.CONSTRUCTOR;
    }

    /** Constructors and initializers: code that runs while the object (or class) is being built. */
    public boolean isInitialization() {
        return kind == Kind.CONSTRUCTOR || kind == Kind.INITIALIZER || kind == Kind.STATIC_INITIALIZER;
    }

    public boolean hasAnnotation(String simpleName) {
        return AnnotationFacts.has(annotations, simpleName);
    }

    public int arity() {
        return params.size();
    }

    /** The event at {@code index}, or {@code null} when the index is out of range (-1 for "none"). */
    public Event eventAt(int index) {
        return index >= 0 && index < events.size() ? events.get(index) : null;
    }

    /** The call at {@code index}, or {@code null} when that event is not a call (or there is none). */
    public Event.Call callAt(int index) {
        return eventAt(index) instanceof Event.Call call ? call : null;
    }

    /** The value of the method's only assignment of the local {@code name}; {@code null} when it has none or several. */
    public Value onlyAssignment(String name) {
        Value found = null;
        for (Event e : events) {
            if (e instanceof Event.LocalAssign la && la.local().equals(name)) {
                if (found != null) {
                    return null;
                }
                found = la.value();
            }
        }
        return found;
    }

    /** The innermost condition the event is nested under, or {@code null}. */
    public Guard guardOf(Event e) {
        return e.guard() >= 0 && e.guard() < guards.size() ? guards.get(e.guard()) : null;
    }

    /** The innermost loop the event is in, or {@code null}. */
    public Loop loopOf(Event e) {
        return e.loop() >= 0 && e.loop() < loops.size() ? loops.get(e.loop()) : null;
    }

    /** The position of the parameter named {@code name}, or -1 when the method has none of that name. */
    public int paramIndex(String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether event {@code index} is in the try block of some catch or finally of this method. */
    public boolean inTry(int index) {
        for (CatchClause c : catches) {
            if (c.inTry(index)) {
                return true;
            }
        }
        return false;
    }

    public List<Guard> guardChain(Event e) {
        List<Guard> chain = new java.util.ArrayList<>();
        for (int g = e.guard(); g >= 0 && g < guards.size(); g = guards.get(g).parent()) {
            chain.add(guards.get(g));
        }
        return chain;
    }

    /** The declared type of a parameter or local of this method, or {@link TypeRef#UNKNOWN}. */
    public TypeRef typeOf(AccessPath.Root root, String name) {
        List<Variable> variables = root == AccessPath.Root.PARAM ? params : locals;
        for (Variable v : variables) {
            if (v.name().equals(name)) {
                return v.type();
            }
        }
        return TypeRef.UNKNOWN;
    }

    /** A readable signature, {@code name(Type, Type)}. */
    public String signature() {
        StringBuilder text = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(params.get(i).type().simpleName());
        }
        return text.append(')').toString();
    }
}
