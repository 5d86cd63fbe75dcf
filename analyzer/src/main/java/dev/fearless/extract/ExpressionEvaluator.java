package dev.fearless.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
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
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
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
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Event.AccessKind;
import dev.fearless.facts.Event.CallStyle;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.facts.Value.LiteralKind;
import dev.fearless.knowledge.TypeTrait;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the expressions of one body: each becomes a {@link Value} (remembered per expression, for
 * conditions and lock recognition) and adds its events (field reads and writes, calls, allocations,
 * local assignments) in evaluation order, with the lock set, guard and loop of its {@link WalkContext}.
 */
final class ExpressionEvaluator {

    private final FileExtraction file;
    private final Positions positions;
    private final TypeExtraction type;
    private final int methodIndex;
    private final boolean staticContext;
    private final MethodFactsBuilder out;
    private final Map<Expression, Value> values;
    private final NameResolver names;
    private final ValueTyper typer;
    private final LockRecognizer locks;
    private final ClosureCollector closures;
    private final StatementWalker statements;
    /** The {@code +} expressions evaluated so far that are string concatenations. */
    private final java.util.Set<BinaryExpr> concatenations = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ExpressionEvaluator(BodyExtractor body, Map<Expression, Value> values, NameResolver names, ValueTyper typer,
                        LockRecognizer locks, ClosureCollector closures, StatementWalker statements) {
        this.file = body.file;
        this.positions = body.file.positions;
        this.type = body.type;
        this.methodIndex = body.methodIndex;
        this.staticContext = body.staticContext;
        this.out = body.output();
        this.values = values;
        this.names = names;
        this.typer = typer;
        this.locks = locks;
        this.closures = closures;
        this.statements = statements;
    }

    /** An expression used as a statement: its value is ignored. */
    Value statementExpression(Expression e, WalkContext ctx) {
        if (e instanceof MethodCallExpr call) {
            return methodCall(call, ctx, true);
        }
        if (e instanceof ObjectCreationExpr creation) {
            return objectCreation(creation, ctx, true, Dispatch.UNKNOWN);
        }
        return expr(e, ctx);
    }

    /** Evaluates an expression in {@code ctx}, records its events, and remembers its value. */
    Value expr(Expression e, WalkContext ctx) {
        Value v = evaluate(e, ctx);
        values.put(e, v);
        return v;
    }

    /**
     * Whether {@code e}, already evaluated, is a string: a literal, or a concatenation with one (known from
     * its own evaluation, so a long chain is not walked again at each {@code +}).
     */
    private boolean isString(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr enclosed) {
            x = enclosed.getInner();
        }
        return x instanceof StringLiteralExpr || x instanceof TextBlockLiteralExpr
                || x instanceof BinaryExpr b && concatenations.contains(b);
    }

    /**
     * Records the implicit {@code toString()} of a collection or map field concatenated into a string: it
     * walks the elements, a hidden iteration (Java Concurrency in Practice, 5.1.3).
     */
    private void stringConversion(Expression operand, Value value, WalkContext ctx) {
        AccessPath p = value.pathOrNull();
        String library = p == null || !p.isField() ? null : typer.libraryType(value, ctx.scope());
        if (library != null && (file.knowledge.is(library, TypeTrait.COLLECTION) || file.knowledge.is(library, TypeTrait.MAP))) {
            out.add(new Event.Call(positions.of(operand), ctx.held(), ctx.guard(), ctx.loop(), value, "toString", List.of(),
                    CallStyle.STRING_CONVERSION, false));
        }
    }

    private Value evaluate(Expression e, WalkContext ctx) {
        if (e instanceof NameExpr n) {
            return name(n, ctx);
        }
        if (e instanceof FieldAccessExpr fa) {
            return fieldAccess(fa, ctx);
        }
        if (e instanceof MethodCallExpr call) {
            return methodCall(call, ctx, false);
        }
        if (e instanceof AssignExpr a) {
            return assign(a, ctx);
        }
        if (e instanceof UnaryExpr u) {
            return unary(u, ctx);
        }
        if (e instanceof BinaryExpr b) {
            Value left = expr(b.getLeft(), ctx);
            // the right operand of && (||) runs only when the left one is true (false), like an if's branch
            boolean shortCircuit = b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR;
            Value right = expr(b.getRight(), shortCircuit
                    ? ctx.inGuard(statements.addOperandGuard(b.getLeft(), b.getOperator() == BinaryExpr.Operator.AND, ctx)) : ctx);
            if (b.getOperator() == BinaryExpr.Operator.PLUS && (isString(b.getLeft()) || isString(b.getRight()))) {
                concatenations.add(b);
                stringConversion(b.getLeft(), left, ctx);
                stringConversion(b.getRight(), right, ctx);
            }
            return Value.Other.INSTANCE;
        }
        if (e instanceof ObjectCreationExpr creation) {
            return objectCreation(creation, ctx, false, Dispatch.UNKNOWN);
        }
        if (e instanceof EnclosedExpr enclosed) {
            return expr(enclosed.getInner(), ctx);
        }
        if (e instanceof CastExpr cast) {
            return expr(cast.getExpression(), ctx);
        }
        if (e instanceof ConditionalExpr c) {
            // each branch runs only when the condition says so, like the branches of an if
            expr(c.getCondition(), ctx);
            Value a = expr(c.getThenExpr(), ctx.inGuard(statements.addGuard(c.getCondition(), true, ctx)));
            Value b = expr(c.getElseExpr(), ctx.inGuard(statements.addGuard(c.getCondition(), false, ctx)));
            if (a.equals(b)) {
                return a;
            }
            Value.Choice fresh = Value.Choice.ofFresh(a, b);
            Value.Choice variables = fresh != null ? fresh : Value.Choice.ofVariables(a, b);
            Value.Choice results = variables != null ? variables : Value.Choice.ofResults(a, b);
            Value.Choice own = results != null ? results : Value.Choice.ofOwnFields(a, b);
            Value.Choice chosen = own != null ? own : Value.Choice.ofReferences(a, b);
            return chosen != null ? chosen : Value.Other.INSTANCE;
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
            // the literal's own text: Node.toString() would run the pretty printer, a tenth of a scan's
            // time on files with large constant tables
            return new Value.Literal(LiteralKind.NUMBER, ((LiteralStringValueExpr) e).getValue());
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
            Value array = expr(aa.getName(), ctx);
            Value index = expr(aa.getIndex(), ctx);
            AccessPath p = array.pathOrNull();
            if (elementTracked(p)) {
                access(aa, ctx, file.path(p), AccessKind.ELEMENT_READ, Value.Absent.INSTANCE, false, index);
            }
            return new Value.Element(array);
        }
        if (e instanceof ArrayCreationExpr ac) {
            ac.getLevels().forEach(level -> level.getDimension().ifPresent(d -> expr(d, ctx)));
            ac.getInitializer().ifPresent(init -> expr(init, ctx));
            TypeRef element = TypeRefs.of(ac.getElementType());
            return new Value.NewValue(new TypeRef(element.name(), element.arguments(), ac.getLevels().size()), "", -1);
        }
        if (e instanceof ArrayInitializerExpr init) {
            init.getValues().forEach(v -> expr(v, ctx));
            return new Value.NewValue(new TypeRef("", List.of(), 1), "", -1);
        }
        if (e instanceof InstanceOfExpr io) {
            Value subject = expr(io.getExpression(), ctx);
            io.getPattern().ifPresent(p -> declarePattern(p, subject, ctx));
            return Value.Other.INSTANCE;
        }
        if (e instanceof LambdaExpr lambda) {
            return closures.unattached(closures.lambda(lambda, Dispatch.UNKNOWN, ctx));
        }
        if (e instanceof MethodReferenceExpr ref) {
            return closures.unattached(closures.methodReference(ref, Dispatch.UNKNOWN, ctx));
        }
        if (e instanceof VariableDeclarationExpr vd) {
            file.suppress(vd);
            for (VariableDeclarator v : vd.getVariables()) {
                declareVariable(v, ctx);
            }
            return Value.Other.INSTANCE;
        }
        if (e instanceof SwitchExpr sw) {
            statements.switchStatement(sw.getSelector(), sw.getEntries(), ctx);
            return Value.Other.INSTANCE;
        }
        if (e instanceof TypeExpr t) {
            return new Value.TypeName(file.names.qualify(TypeRefs.of(t.getType()).name()));
        }
        if (e instanceof PatternExpr p) {
            declarePattern(p, Value.Other.INSTANCE, ctx);
            return Value.Other.INSTANCE;
        }
        // Annotations and anything newer that carries no behaviour.
        for (Node child : e.getChildNodes()) {
            if (child instanceof Expression sub) {
                expr(sub, ctx);
            }
        }
        return Value.Other.INSTANCE;
    }

    private Value name(NameExpr n, WalkContext ctx) {
        String name = n.getNameAsString();
        NameResolver.Resolved r = names.resolve(name, ctx.scope());
        if (r != null) {
            if (r.field() != null) {
                readField(n, r.path(), r.field(), ctx, false);
            }
            return file.pathValue(r.path());
        }
        String imported = file.names.staticImportOwner(name);
        if (imported != null && !NameResolver.spelledAsType(name)) {
            // a static field imported by name (import static a.b.Codes.EXIT_INTERRUPTED;)
            AccessPath p = AccessPath.root(Root.STATIC, imported).plus(name);
            readField(n, p, file.fieldOf(imported, name), ctx, false);
            return file.pathValue(p);
        }
        if (Character.isUpperCase(name.charAt(0))) {
            return new Value.TypeName(file.names.qualify(name));
        }
        AccessPath inherited = AccessPath.THIS_PATH.plus(name);
        if (staticContext) {
            return Value.Other.INSTANCE;
        }
        access(n, ctx, file.path(inherited), AccessKind.READ, Value.Absent.INSTANCE, true);
        return file.pathValue(inherited);
    }

    private Value fieldAccess(FieldAccessExpr fa, WalkContext ctx) {
        String qualified = names.qualifiedTypeName(fa, ctx.scope());
        if (qualified != null) {
            return new Value.TypeName(qualified);
        }
        Value scopeValue = expr(fa.getScope(), ctx);
        String field = fa.getNameAsString();
        if (scopeValue instanceof Value.TypeName t) {
            if (NameResolver.looksLikeNestedType(field, fa)) {
                return new Value.TypeName(t.name() + "." + field);
            }
            AccessPath p = AccessPath.root(Root.STATIC, names.staticOwner(t.name())).plus(field);
            readField(fa, p, file.fieldOf(p.rootName(), field), ctx, false);
            return file.pathValue(p);
        }
        if (scopeValue instanceof Value.Super) {
            AccessPath p = AccessPath.THIS_PATH.plus(field);
            readField(fa, p, null, ctx, true);
            return file.pathValue(p);
        }
        AccessPath base = scopeValue.pathOrNull();
        if (base == null) {
            return Value.Other.INSTANCE;
        }
        if (field.equals("length") && typer.declaredType(base, ctx.scope()).isArray()) {
            return Value.Other.INSTANCE;
        }
        AccessPath p = base.plus(field);
        if (p == null) {
            return Value.Other.INSTANCE;
        }
        readField(fa, p, typer.fieldShape(p, ctx.scope()), ctx, false);
        return file.pathValue(p);
    }

    /** Records an access to the field (or array cell) at {@code path}. */
    private void access(Node node, WalkContext ctx, AccessPath path, AccessKind kind, Value value, boolean implicit) {
        access(node, ctx, path, kind, value, implicit, Value.Absent.INSTANCE);
    }

    /** Records an access to the array cell at {@code path} whose index is {@code index}. */
    private void access(Node node, WalkContext ctx, AccessPath path, AccessKind kind, Value value, boolean implicit,
                        Value index) {
        out.add(new Event.FieldAccess(positions.of(node), ctx.held(), ctx.guard(), ctx.loop(), path, kind, value,
                implicit, index));
    }

    private void readField(Node node, AccessPath p, FieldShape shape, WalkContext ctx, boolean implicit) {
        if (shape != null && !shape.readTracked()) {
            out.finalRead(p.root() == Root.THIS || p.root() == Root.OUTER ? p.lastField() : MethodFacts.FOREIGN + p.lastField());
            return;
        }
        access(node, ctx, file.path(p), AccessKind.READ, Value.Absent.INSTANCE, implicit);
    }

    private Value methodCall(MethodCallExpr call, WalkContext ctx, boolean ignored) {
        Value receiver = call.getScope().map(s -> expr(s, ctx)).orElse(Value.Implicit.INSTANCE);
        String name = call.getNameAsString();
        String receiverType = typer.libraryType(receiver, ctx.scope());
        boolean receiverStream = receiver instanceof Value.CallResult cr && typer.isStream(cr.eventIndex())
                || !(receiver instanceof Value.TypeName) && receiverType != null
                   && file.knowledge.is(receiverType, TypeTrait.STREAM);
        boolean receiverParallel = receiver instanceof Value.CallResult cr && typer.isParallel(cr.eventIndex());
        Dispatch dispatch = file.classifier.classify(receiverType, name, call.getArguments().size(), receiverStream,
                receiverParallel);
        List<ClosureCollector.Pending> pending = new ArrayList<>();
        List<Value> args = arguments(call.getArguments(), ctx, dispatch, pending);
        int index = out.size();
        TypeRef cast = call.getScope().map(ExpressionEvaluator::castType).orElse(TypeRef.UNKNOWN);
        List<TypeRef> argCasts = call.getArguments().stream().map(ExpressionEvaluator::castType).toList();
        out.add(new Event.Call(positions.of(call.getName()), ctx.held(), ctx.guard(), ctx.loop(), receiver, name, args,
                CallStyle.NORMAL, ignored, cast, argCasts));
        closures.finish(pending, index);
        typer.recordResult(index, receiverType, name, call.getArguments().size(), receiverStream, receiverParallel);
        return new Value.CallResult(index);
    }

    /** The type an expression is cast to, {@code (T) x} (in parentheses or not), or {@link TypeRef#UNKNOWN}. */
    static TypeRef castType(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr enclosed) {
            x = enclosed.getInner();
        }
        return x instanceof CastExpr cast ? TypeRefs.of(cast.getType()) : TypeRef.UNKNOWN;
    }

    /**
     * The values of call arguments. A closure among them is walked with the dispatch of the call and
     * added to {@code pending}, to be finished once the call's event index is known.
     */
    List<Value> arguments(NodeList<Expression> arguments, WalkContext ctx, Dispatch dispatch,
                          List<ClosureCollector.Pending> pending) {
        List<Value> result = new ArrayList<>(arguments.size());
        for (Expression arg : arguments) {
            Value v;
            if (arg instanceof LambdaExpr lambda) {
                ClosureCollector.Pending c = closures.lambda(lambda, dispatch, ctx);
                pending.add(c);
                v = new Value.Closure(c.index());
            } else if (arg instanceof MethodReferenceExpr ref) {
                ClosureCollector.Pending c = closures.methodReference(ref, dispatch, ctx);
                pending.add(c);
                v = new Value.Closure(c.index());
            } else if (arg instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                v = objectCreation(creation, ctx, false, dispatch);
            } else {
                v = expr(arg, ctx);
            }
            values.put(arg, v);
            result.add(v);
        }
        return result;
    }

    private Value objectCreation(ObjectCreationExpr creation, WalkContext ctx, boolean ignored, Dispatch asArgument) {
        creation.getScope().ifPresent(s -> expr(s, ctx));
        TypeRef t = TypeRefs.of(creation.getType());
        String local = creation.getScope().isEmpty() ? file.names.declared(t.name()) : null;
        if (local != null && local.indexOf('$') >= 0) {
            t = TypeRef.of(local); // a class declared in a method: named as the program knows it, Outer$1Local
        }
        String library = file.names.libraryName(t.name());
        Dispatch dispatch = library != null && file.knowledge.is(library, TypeTrait.THREAD)
                ? Dispatch.ELSEWHERE : Dispatch.UNKNOWN;
        List<ClosureCollector.Pending> pending = new ArrayList<>();
        List<Value> args = arguments(creation.getArguments(), ctx, dispatch, pending);
        String anonymous = "";
        if (creation.getAnonymousClassBody().isPresent()) {
            Dispatch anonymousDispatch = library != null && file.knowledge.is(library, TypeTrait.THREAD)
                    ? Dispatch.ELSEWHERE : asArgument;
            anonymous = file.anonymousType(creation, t, type, ctx.scope(), methodIndex, staticContext,
                    anonymousDispatch);
        }
        int index = out.size();
        out.add(new Event.NewObject(positions.of(creation), ctx.held(), ctx.guard(), ctx.loop(), t, args, anonymous,
                ignored));
        closures.finish(pending, index);
        return new Value.NewValue(t, anonymous, index);
    }

    private Value assign(AssignExpr a, WalkContext ctx) {
        Expression target = a.getTarget();
        boolean compound = a.getOperator() != AssignExpr.Operator.ASSIGN;
        if (target instanceof ArrayAccessExpr aa) {
            Value array = expr(aa.getName(), ctx);
            Value index = expr(aa.getIndex(), ctx);
            Value value = expr(a.getValue(), ctx);
            AccessPath p = array.pathOrNull();
            if (compound) {
                capturedElementRead(a, p, ctx);
            }
            if (elementTracked(p)) {
                access(a, ctx, file.path(p), AccessKind.ELEMENT_WRITE, value, false, index);
            }
            return value;
        }
        AccessPath p = assignablePath(target, ctx);
        int before = out.size();
        Value value = expr(a.getValue(), ctx);
        if (p == null) {
            return value;
        }
        if (p.root() == Root.LOCAL && !p.isField() || p.root() == Root.PARAM && !p.isField()) {
            assignLocal(a, p.rootName(), compound ? Value.Other.INSTANCE : value, ctx, a.getValue());
            return value;
        }
        boolean rereads = compound || out.readsPath(before, p);
        boolean implicit = target instanceof NameExpr n && names.resolve(n.getNameAsString(), ctx.scope()) == null;
        access(a, ctx, p, rereads ? AccessKind.UPDATE : AccessKind.WRITE, compound ? Value.Other.INSTANCE : value,
                implicit);
        return value;
    }

    private AccessPath assignablePath(Expression target, WalkContext ctx) {
        if (target instanceof NameExpr n) {
            NameResolver.Resolved r = names.resolve(n.getNameAsString(), ctx.scope());
            if (r != null) {
                return r.path();
            }
            return staticContext ? null : AccessPath.THIS_PATH.plus(n.getNameAsString());
        }
        if (target instanceof FieldAccessExpr fa) {
            Value scopeValue = expr(fa.getScope(), ctx);
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
            return assignablePath(enclosed.getInner(), ctx);
        }
        expr(target, ctx);
        return null;
    }

    /**
     * Whether an element access of the array at {@code p} is recorded: arrays in fields, and arrays in
     * locals captured from an enclosing method (shared with the code that captured them, so a task or
     * a parallel stage writing their cells matters); arrays in a body's own locals are owned, not recorded.
     */
    private boolean elementTracked(AccessPath p) {
        return p != null && (p.isField() || p.root() == Root.LOCAL && out.captures(p.rootName()));
    }

    /**
     * The read half of {@code a[i]++} or {@code a[i] += x} on a captured local array: a read-modify-write
     * of a shared cell, told apart from a plain store (a disjoint fill such as {@code a[i] = f(i)}).
     */
    private void capturedElementRead(Node node, AccessPath p, WalkContext ctx) {
        if (p != null && !p.isField() && elementTracked(p)) {
            access(node, ctx, file.path(p), AccessKind.ELEMENT_READ, Value.Absent.INSTANCE, false);
        }
    }

    private Value unary(UnaryExpr u, WalkContext ctx) {
        UnaryExpr.Operator op = u.getOperator();
        boolean update = op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.PREFIX_DECREMENT
                || op == UnaryExpr.Operator.POSTFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_DECREMENT;
        if (!update) {
            expr(u.getExpression(), ctx);
            return Value.Other.INSTANCE;
        }
        Expression target = u.getExpression();
        while (target instanceof EnclosedExpr enclosed) {
            target = enclosed.getInner();
        }
        if (target instanceof ArrayAccessExpr aa) {
            Value array = expr(aa.getName(), ctx);
            Value index = expr(aa.getIndex(), ctx);
            AccessPath p = array.pathOrNull();
            capturedElementRead(u, p, ctx);
            if (elementTracked(p)) {
                access(u, ctx, file.path(p), AccessKind.ELEMENT_WRITE, Value.Other.INSTANCE, false, index);
            }
            return Value.Other.INSTANCE;
        }
        AccessPath p = assignablePath(target, ctx);
        if (p == null) {
            return Value.Other.INSTANCE;
        }
        if ((p.root() == Root.LOCAL || p.root() == Root.PARAM) && !p.isField()) {
            assignLocal(u, p.rootName(), Value.Other.INSTANCE, ctx, null);
        } else {
            boolean implicit = target instanceof NameExpr n && names.resolve(n.getNameAsString(), ctx.scope()) == null;
            access(u, ctx, file.path(p), AccessKind.UPDATE, Value.Other.INSTANCE, implicit);
        }
        return Value.Other.INSTANCE;
    }

    /**
     * The receiver of a method reference. {@code list::add} parses as if {@code list} were a type; when
     * the name is a variable or field in scope, it is that variable (JLS 6.5.2), not a type.
     */
    Value referenceScope(Expression scopeExpr, WalkContext ctx) {
        if (scopeExpr instanceof TypeExpr te
                && te.getType() instanceof ClassOrInterfaceType ct
                && ct.getScope().isEmpty() && ct.getTypeArguments().isEmpty()) {
            NameResolver.Resolved r = names.resolve(ct.getNameAsString(), ctx.scope());
            if (r != null) {
                if (r.field() != null) {
                    readField(te, r.path(), r.field(), ctx, false);
                }
                return file.pathValue(r.path());
            }
        }
        return expr(scopeExpr, ctx);
    }

    // ------------------------------------------------------------------------------------------
    // Locals

    private void declareVariable(VariableDeclarator v, WalkContext ctx) {
        TypeRef declared = TypeRefs.of(v.getType());
        Value init = Value.Absent.INSTANCE;
        if (v.getInitializer().isPresent()) {
            Expression e = v.getInitializer().get();
            init = expr(e, ctx);
            if (!declared.isKnown() && init instanceof Value.NewValue nv) {
                declared = nv.type();
            }
            String resultType = init instanceof Value.CallResult cr ? typer.resultType(cr.eventIndex()) : null;
            if (!declared.isKnown() && resultType != null) {
                declared = TypeRef.of(resultType);
            }
        }
        String unique = names.declareLocal(v.getNameAsString(), declared, ctx.scope());
        if (v.getInitializer().isPresent()) {
            Expression e = v.getInitializer().get();
            locks.noteAlias(unique, e, ctx.scope(), ctx.held());
            out.add(new Event.LocalAssign(positions.of(v), ctx.held(), ctx.guard(), ctx.loop(), unique, init));
        }
    }

    private void assignLocal(Node node, String unique, Value value, WalkContext ctx, Expression source) {
        if (source != null) {
            locks.noteAlias(unique, source, ctx.scope(), ctx.held());
        }
        out.add(new Event.LocalAssign(positions.of(node), ctx.held(), ctx.guard(), ctx.loop(), unique, value));
    }

    private void declarePattern(PatternExpr p, Value subject, WalkContext ctx) {
        if (p instanceof TypePatternExpr tp) {
            String unique = names.declareLocal(tp.getNameAsString(), TypeRefs.of(tp.getType()), ctx.scope());
            out.add(new Event.LocalAssign(positions.of(tp), ctx.held(), ctx.guard(), ctx.loop(), unique, subject));
        } else if (p instanceof RecordPatternExpr rp) {
            for (Node nested : rp.getPatternList()) {
                if (nested instanceof PatternExpr pattern) {
                    declarePattern(pattern, Value.Other.INSTANCE, ctx);
                }
            }
        }
    }
}
