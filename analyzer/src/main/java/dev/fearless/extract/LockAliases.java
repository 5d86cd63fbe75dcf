package dev.fearless.extract;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Modifiers;
import dev.fearless.knowledge.KnowledgeBase;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Fields that hold one half of a read-write lock ({@code readLock = rw.readLock()}): locking the field
 * is locking that half of {@code rw}, so the read half and the write half of one lock exclude each
 * other even when each sits in a field of its own. The halves come from the field's initializer, or
 * from the only value every constructor assigns a final field, taken from a field or from a local the
 * constructor makes ({@code ReentrantReadWriteLock lock = new ...; readLock = lock.readLock();}); a local
 * is named as a field of the object would be, when the class has no field of that name.
 */
final class LockAliases {

    private LockAliases() {
    }

    /** Records the lock each field of {@code shape} declared in {@code members} stands for, if any. */
    static void collect(NodeList<BodyDeclaration<?>> members, TypeShape shape, KnowledgeBase knowledge) {
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration fd) {
                for (VariableDeclarator v : fd.getVariables()) {
                    v.getInitializer().map(init -> half(init, shape, knowledge)).ifPresent(alias -> put(shape, v.getNameAsString(), alias));
                }
            }
        }
        Map<String, LockRef> assigned = new HashMap<>();
        Set<String> mixed = new HashSet<>(); // assigned something else, or halves of different locks
        for (BodyDeclaration<?> member : members) {
            if (!(member instanceof ConstructorDeclaration c)) {
                continue;
            }
            for (AssignExpr a : c.getBody().findAll(AssignExpr.class)) {
                String field = assignedField(a);
                FieldShape f = field == null ? null : shape.fields.get(field);
                if (f == null || f.lockAlias() != null || !Modifiers.has(f.modifiers(), Modifiers.FINAL)) {
                    continue;
                }
                LockRef half = a.getOperator() == AssignExpr.Operator.ASSIGN ? half(a.getValue(), shape, knowledge) : null;
                LockRef before = assigned.putIfAbsent(field, half);
                if (half == null || before != null && !before.equals(half)) {
                    mixed.add(field);
                }
            }
        }
        assigned.forEach((field, alias) -> {
            if (!mixed.contains(field)) {
                put(shape, field, alias);
            }
        });
    }

    private static void put(TypeShape shape, String name, LockRef alias) {
        FieldShape f = shape.fields.get(name);
        shape.fields.put(name, new FieldShape(f.name(), f.type(), f.modifiers(), alias, f.guarded()));
    }

    /** The own field an assignment writes ({@code f = ...} or {@code this.f = ...}), or null. */
    private static String assignedField(AssignExpr a) {
        Expression target = a.getTarget();
        if (target instanceof NameExpr n) {
            return n.getNameAsString();
        }
        return target instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr ? fa.getNameAsString() : null;
    }

    /** {@code rw.readLock()} / {@code this.rw.writeLock()}: the half of {@code rw} it is, or null. */
    private static LockRef half(Expression e, TypeShape shape, KnowledgeBase knowledge) {
        if (!(e instanceof MethodCallExpr call) || !call.getArguments().isEmpty() || call.getScope().isEmpty()) {
            return null;
        }
        LockRef.Kind half = LockRecognizer.readWriteHalf(knowledge.traitsByName(call.getNameAsString(), 0));
        if (half == null) {
            return null;
        }
        Expression scope = call.getScope().get();
        String name = null;
        if (scope instanceof NameExpr n) {
            name = n.getNameAsString();
        } else if (scope instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr) {
            name = fa.getNameAsString();
        }
        if (name == null) {
            return null;
        }
        FieldShape rw = shape.fields.get(name);
        if (rw == null) {
            // A local of the constructor (a field would have been found): named like an own field.
            return scope instanceof NameExpr ? LockRef.lock(half, AccessPath.THIS_PATH.plus(name)) : null;
        }
        AccessPath path = Modifiers.has(rw.modifiers(), Modifiers.STATIC)
                ? AccessPath.root(AccessPath.Root.STATIC, shape.name).plus(name)
                : AccessPath.THIS_PATH.plus(name);
        return LockRef.lock(half, path);
    }
}
