package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.TypeParameter;
import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Event.AcquireKind;
import dev.fearless.facts.Event.Discipline;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Position;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.facts.Value.LiteralKind;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction of one body (method, constructor, initializer or closure) into {@link MethodFacts}:
 * the events of its statements, in source order, each with the lock set certainly held there. Wires
 * the parts of the walk (names, value types, locks, closures, expressions, statements) around one
 * {@link MethodFactsBuilder}, and is the identity that owns the body's locals in the scope chain.
 *
 * <p>One instance per body, used by one thread, discarded once its {@link MethodFacts} is built. The
 * initializer of a type is one body fed by several walks (each field initializer and initializer block).
 */
final class BodyExtractor {

    final FileExtraction file;
    final TypeExtraction type;
    final BodyExtractor enclosing;
    final int methodIndex;
    final boolean staticContext;
    /** The syntax of the body, searched for the {@code unlock()} calls that make an expression a lock. */
    final Node body;

    private final MethodFactsBuilder out = new MethodFactsBuilder();
    private final Scope scope;
    private final NameResolver names;
    private final StatementWalker statements;

    BodyExtractor(FileExtraction file, TypeExtraction type, BodyExtractor enclosing, int methodIndex,
                  boolean staticContext, Scope outer, Node body) {
        this.file = file;
        this.type = type;
        this.enclosing = enclosing;
        this.methodIndex = methodIndex;
        this.staticContext = staticContext;
        this.body = body;
        this.scope = Scope.block(outer, this);
        Map<Expression, Value> values = new IdentityHashMap<>();
        this.names = new NameResolver(file, type, this, out);
        ValueTyper typer = new ValueTyper(file, type, names);
        LockRecognizer locks = new LockRecognizer(file, type, body, values, typer, names);
        this.statements = new StatementWalker(this, values, names, typer, locks, new ClosureCollector(this));
    }

    /** The output of this walk so far (enclosed bodies read the types of the locals they capture). */
    MethodFactsBuilder output() {
        return out;
    }

    ExpressionEvaluator expressions() {
        return statements.expressions();
    }

    /** The context at the start of a walk of this body: its outermost scope (the parameters'), no guard, no loop. */
    WalkContext entry(LockSet held) {
        return WalkContext.entry(scope, held);
    }

    void declareParameter(Parameter p, NodeList<TypeParameter> typeVariables) {
        TypeRef t = TypeRefs.erased(p.getType(), typeVariables);
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
        return statements.block(block.getStatements(), entry(entry));
    }

    /** Walks an initializer expression (a field's) and returns its value. */
    Value walkInitializer(Expression e, LockSet entry) {
        return expressions().expr(e, entry(entry));
    }

    /** Records the monitor a synchronized method takes on entry. */
    void acquireOnEntry(Node name, LockRef lock) {
        out.add(new Event.Acquire(file.positions.of(name), LockSet.EMPTY, -1, -1, lock, AcquireKind.SYNCHRONIZED_METHOD,
                Discipline.STRUCTURED, lock.kind() == LockRef.Kind.CLASS
                        ? new Value.Literal(LiteralKind.CLASS, lock.className()) : Value.PathValue.THIS, false));
    }

    MethodFacts finish(String name, MethodFacts.Kind kind, int modifiers, List<AnnotationFacts> annotations,
                       TypeRef returnType, boolean varargs, Position pos, Position range,
                       int closureOf, int siteEvent, Dispatch dispatch) {
        return out.build(name, kind, modifiers, annotations, returnType, varargs, pos, range, closureOf, siteEvent,
                dispatch);
    }
}
