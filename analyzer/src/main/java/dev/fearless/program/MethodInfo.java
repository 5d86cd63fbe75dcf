package dev.fearless.program;

import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Value;

/** A method of a program type: its facts, its owner, and its index in the owner's method list. */
public final class MethodInfo {

    private final TypeInfo owner;
    private final MethodFacts facts;
    private final int index;

    MethodInfo(TypeInfo owner, MethodFacts facts, int index) {
        this.owner = owner;
        this.facts = facts;
        this.index = index;
    }

    public TypeInfo owner() {
        return owner;
    }

    public MethodFacts facts() {
        return facts;
    }

    public int index() {
        return index;
    }

    public String name() {
        return facts.name();
    }

    public String path() {
        return owner.file().path();
    }

    /** Whether a call with {@code arity} arguments (negative: unknown) may run this method. */
    boolean accepts(int arity) {
        if (arity < 0) {
            return true;
        }
        int n = facts.params().size();
        return n == arity || facts.varargs() && arity >= n - 1;
    }

    /** For a closure, the method it is written in; otherwise {@code null}. */
    public MethodInfo closureParent() {
        int parent = facts.closureOf();
        return facts.isClosure() && parent >= 0 && parent < owner.methods().size() ? owner.method(parent) : null;
    }

    /**
     * For a closure, the position of the argument by which {@code call} (a call of the method it is written
     * in) hands it over ({@code each(l -> ...)}: 0); -1 when the call does not pass it.
     */
    public int passedAt(Event.Call call) {
        int position = -1;
        for (int a = 0; a < call.args().size(); a++) {
            if (closure(call.args().get(a)) == this) {
                position = a;
            }
        }
        return position;
    }

    /** The closure a value of this method's code is ({@code () -> ...}, written here), or {@code null}. */
    public MethodInfo closure(Value v) {
        return v instanceof Value.Closure c && c.closure() >= 0 && c.closure() < owner.methods().size()
                ? owner.method(c.closure()) : null;
    }

    /** The declared method a closure (possibly nested in closures) is written in; the method itself otherwise. */
    public MethodInfo declaringMethod() {
        MethodInfo m = this;
        while (m.closureParent() != null) {
            m = m.closureParent();
        }
        return m;
    }

    /** A readable name: {@code Type.method}, with the type's simple name. */
    public String display() {
        MethodInfo declared = declaringMethod();
        String name = switch (declared.facts.kind()) {
            case CONSTRUCTOR -> owner.simpleName().isEmpty() ? "<init>" : owner.simpleName();
            case INITIALIZER -> "<instance initializer>";
            case STATIC_INITIALIZER -> "<static initializer>";
            default -> declared.name();
        };
        String type = owner.isAnonymous() ? "anonymous " + owner.facts().superclass().simpleName() : owner.simpleName();
        return type + "." + name;
    }

    /** The logical location for reports: {@code pkg.Type.method}. */
    public String qualifiedName() {
        MethodInfo declared = declaringMethod();
        return owner.name() + "." + declared.name();
    }

    @Override
    public String toString() {
        return owner.name() + "#" + facts.name() + "/" + index;
    }
}
