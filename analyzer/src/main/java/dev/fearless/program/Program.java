package dev.fearless.program;

import dev.fearless.budget.Cutoff;
import dev.fearless.budget.Cutoffs;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.FileFacts;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * All files' facts linked into one program: types by qualified name, the class hierarchy, methods and
 * fields, and the call graph. Names are resolved from the scanned sources, their imports and the
 * knowledge base; what cannot be resolved stays unknown ({@code null}), and rules treat unknown as no
 * evidence. Built once by the {@link Linker} and immutable (its memos are concurrent), so rules may
 * share it. It answers through the parts it is made of: {@link TypeTable}, {@link Hierarchy},
 * {@link TypeResolver}, {@link Traits}, {@link StaticTypes}, {@link CallResolver}, {@link CallGraph},
 * {@link NestedMethods} and {@link Audiences}.
 */
public final class Program {

    private final List<FileFacts> files;
    private final KnowledgeBase knowledge;
    private final TypeTable types;
    private final Hierarchy hierarchy;
    private final TypeResolver names;
    private final Traits traits;
    private final StaticTypes staticTypes;
    private final CallResolver calls;
    private final CallGraph callGraph;
    private final NestedMethods nested;
    private final Cutoffs cutoffs;
    private final Audiences audiences;

    /** The parts of a linked program, each built once, in the order the {@link Linker} builds them. */
    record Parts(TypeTable types, Hierarchy hierarchy, TypeResolver names, Traits traits, StaticTypes staticTypes,
                 CallResolver calls, CallGraph callGraph, NestedMethods nested, Cutoffs cutoffs, Audiences audiences) {
    }

    Program(List<FileFacts> files, KnowledgeBase knowledge, Parts parts) {
        this.files = List.copyOf(files);
        this.knowledge = knowledge;
        this.types = parts.types();
        this.hierarchy = parts.hierarchy();
        this.names = parts.names();
        this.traits = parts.traits();
        this.staticTypes = parts.staticTypes();
        this.calls = parts.calls();
        this.callGraph = parts.callGraph();
        this.nested = parts.nested();
        this.cutoffs = parts.cutoffs();
        this.audiences = parts.audiences();
    }

    /** Which types and members their project keeps for its own code, as its audience annotations say. */
    public Audiences audiences() {
        return audiences;
    }

    /** Where linking and type or call resolution hit a limit, so far. */
    public List<Cutoff> cutoffs() {
        return cutoffs.all();
    }

    public List<FileFacts> files() {
        return files;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** The program's types, one per qualified name. */
    public Collection<TypeInfo> types() {
        return types.types();
    }

    public TypeInfo type(String qualifiedName) {
        return types.type(qualifiedName);
    }

    /** Every method, constructor, initializer and closure of the program, in file order. */
    public List<MethodInfo> methods() {
        return types.methods();
    }

    public CallGraph callGraph() {
        return callGraph;
    }

    /**
     * The code written inside {@code m} that can capture its locals: its closures and the methods of
     * the anonymous and local classes declared in it (directly; call again for deeper nesting).
     */
    public List<MethodInfo> nestedIn(MethodInfo m) {
        return nested.in(m);
    }

    /**
     * Every method, constructor, initializer and closure written in a type's top-level class, nested
     * types included: all the code that can name the class's private members.
     */
    public List<MethodInfo> writtenInTopLevelOf(TypeInfo t) {
        return nested.writtenIn(t.topLevel());
    }

    // ------------------------------------------------------------------------------------------
    // Type names

    /**
     * The qualified name a type name written in {@code context} stands for: a program type or a
     * knowledge-base type, or {@code null} when it cannot be told.
     */
    public String resolveType(String written, TypeInfo context) {
        return names.resolve(written, context);
    }

    public String resolveType(TypeRef ref, TypeInfo context) {
        return names.resolve(ref, context);
    }

    // ------------------------------------------------------------------------------------------
    // Hierarchy and traits

    /** Whether some program subtype of {@code t}, at any depth, satisfies {@code test}. */
    public boolean anySubtype(TypeInfo t, java.util.function.Predicate<TypeInfo> test) {
        boolean[] found = new boolean[1];
        hierarchy.walkDown(t, sub -> {
            found[0] = test.test(sub);
            return !found[0];
        });
        return found[0];
    }

    /** All known supertypes of a type (program and library), transitively, not including itself. */
    public Set<String> supertypes(String qualifiedName) {
        return hierarchy.supertypes(qualifiedName);
    }

    public boolean isSubtype(String qualifiedName, String ancestor) {
        return hierarchy.isSubtype(qualifiedName, ancestor);
    }

    /** A field named {@code name} declared in {@code t} or inherited from its program supertypes. */
    public FieldInfo field(TypeInfo t, String name) {
        return hierarchy.field(t, name);
    }

    /** Methods named {@code name} accepting {@code arity} arguments, in {@code t} or its nearest supertype declaring one. */
    public List<MethodInfo> lookup(TypeInfo t, String name, int arity) {
        return hierarchy.methods(t, name, arity);
    }

    /** Whether a type (program or library) has a knowledge-base trait itself or through a library supertype. */
    public boolean is(String qualifiedName, TypeTrait trait) {
        return traits.is(qualifiedName, trait);
    }

    /**
     * The knowledge-base traits of a call in method {@code m}: looked up on the static type of its
     * receiver (its supertypes included); a receiver of unknown type still has {@code Object}'s methods.
     */
    public Set<MethodTrait> traits(MethodInfo m, Event.Call call) {
        return callGraph.traits(call);
    }

    /**
     * The static type of a call's receiver as the call graph resolved it (the type a receiver is cast to,
     * the superclass for {@code super}), or {@code null} when unknown.
     */
    public String receiverType(MethodInfo m, Event.Call call) {
        return callGraph.receiverType(call);
    }

    /** The traits of a library method called on a receiver of the given (program or library) type. */
    public Set<MethodTrait> methodTraits(String receiverType, String name, int arity) {
        return traits.methodTraits(receiverType, name, arity);
    }

    // ------------------------------------------------------------------------------------------
    // Values

    /**
     * The field an access path ends in, seen from method {@code m}: {@code this.a.b} resolves {@code a}
     * in m's type (or, for an implicit name in an inner class, in an enclosing type), then {@code b} in
     * the type of {@code a}. {@code null} when any step is unknown.
     */
    public FieldInfo field(MethodInfo m, AccessPath path) {
        return staticTypes.field(m, path);
    }

    /** The static type of a value in method {@code m}. */
    public StaticType staticType(MethodInfo m, Value v) {
        return staticTypes.of(m, v);
    }

    /**
     * The type of the argument a method reference ({@code executor::submit}, a closure without parameters)
     * is called with: the element of the collection whose {@code forEach} it is handed to; unknown else.
     */
    public StaticType referenceArgument(MethodInfo reference) {
        return staticTypes.referenceArgument(reference);
    }

    /** The declared type of a parameter or local of {@code m}, looking through enclosing methods for captures. */
    public StaticType variableType(MethodInfo m, AccessPath.Root root, String name) {
        return staticTypes.variableType(m, root, name);
    }

    // ------------------------------------------------------------------------------------------
    // Calls

    /** The methods of the program a call may invoke (the declared target and its overrides), or none. */
    public List<MethodInfo> targets(MethodInfo caller, Event.Call call) {
        return calls.targets(caller, call);
    }

    /** The constructors a {@code new} may run. */
    public List<MethodInfo> constructors(MethodInfo caller, Event.NewObject creation) {
        return calls.constructors(caller, creation);
    }
}
