package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.UnknownType;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Event.CallStyle;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Position;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import java.util.List;

/**
 * The closures written in one body. Each lambda or method reference becomes a synthetic method of the
 * enclosing type, walked by its own {@link BodyExtractor} nested in this body's scope: with the caller's
 * locks when the call it is handed to runs it {@link Dispatch#HERE}, with none otherwise. Its method slot
 * is reserved first and filled once the index of the call it is handed to is known.
 */
final class ClosureCollector {

    /** A closure whose body is walked, waiting for the index of the call it is handed to (or -1). */
    record Pending(int index, BodyExtractor walker, Dispatch dispatch, Position pos, String name) {
    }

    private final BodyExtractor owner;
    private final Positions positions;

    ClosureCollector(BodyExtractor owner) {
        this.owner = owner;
        this.positions = owner.file.positions;
    }

    /** Walks a lambda handed to a call of the given dispatch (UNKNOWN when it is not an argument). */
    Pending lambda(LambdaExpr lambda, Dispatch dispatch, WalkContext ctx) {
        int index = owner.type.reserveMethod();
        BodyExtractor inner = nested(index, ctx, lambda.getBody());
        for (Parameter p : lambda.getParameters()) {
            TypeRef t = p.getType() instanceof UnknownType ? TypeRef.UNKNOWN : TypeRefs.of(p.getType());
            inner.declareParameter(p.getNameAsString(), t);
        }
        LockSet entry = entryLocks(dispatch, ctx);
        Statement lambdaBody = lambda.getBody();
        if (lambdaBody instanceof BlockStmt block) {
            inner.walkBody(block, entry);
        } else if (lambdaBody instanceof ExpressionStmt es) {
            WalkContext start = inner.entry(entry);
            Value v = inner.expressions().expr(es.getExpression(), start);
            inner.output().add(new Event.Return(positions.of(es), entry, start.guard(), start.loop(), v));
        }
        return new Pending(index, inner, dispatch, positions.of(lambda), MethodFacts.LAMBDA_PREFIX + index);
    }

    /** A method reference: a closure whose body is the one call (or allocation) it names. */
    Pending methodReference(MethodReferenceExpr ref, Dispatch dispatch, WalkContext ctx) {
        int index = owner.type.reserveMethod();
        BodyExtractor inner = nested(index, ctx, ref);
        LockSet entry = entryLocks(dispatch, ctx);
        WalkContext start = inner.entry(entry);
        Position pos = positions.of(ref);
        String identifier = ref.getIdentifier();
        if (identifier.equals("new")) {
            TypeRef t = ref.getScope() instanceof TypeExpr te ? TypeRefs.of(te.getType()) : TypeRef.UNKNOWN;
            inner.output().add(new Event.NewObject(pos, entry, start.guard(), start.loop(), t, List.of(), "", false));
        } else {
            Value receiver = inner.expressions().referenceScope(ref.getScope(), start);
            inner.output().add(new Event.Call(pos, entry, start.guard(), start.loop(), receiver, identifier, List.of(),
                    CallStyle.METHOD_REFERENCE, false));
        }
        return new Pending(index, inner, dispatch, pos, MethodFacts.REFERENCE_PREFIX + index);
    }

    private BodyExtractor nested(int index, WalkContext ctx, Node node) {
        return new BodyExtractor(owner.file, owner.type, owner, index, owner.staticContext, ctx.scope(), node);
    }

    private static LockSet entryLocks(Dispatch dispatch, WalkContext ctx) {
        return dispatch == Dispatch.HERE ? ctx.held() : LockSet.EMPTY;
    }

    /** A closure stored, returned or assigned: not handed to any call here, so no site. */
    Value unattached(Pending closure) {
        finish(closure, -1);
        return new Value.Closure(closure.index());
    }

    /** Finishes the closures handed to the call (or allocation) at event {@code siteEvent}. */
    void finish(List<Pending> closures, int siteEvent) {
        for (Pending c : closures) {
            finish(c, siteEvent);
        }
    }

    private void finish(Pending c, int siteEvent) {
        MethodFacts m = c.walker().finish(c.name(), MethodFacts.Kind.CLOSURE,
                owner.staticContext ? Modifiers.STATIC : 0, List.of(), TypeRef.UNKNOWN, false, c.pos(), c.pos(),
                owner.methodIndex, siteEvent, c.dispatch());
        owner.type.setMethod(c.index(), m);
    }
}
