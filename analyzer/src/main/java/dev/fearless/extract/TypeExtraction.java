package dev.fearless.extract;

import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.Contract;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Position;
import dev.fearless.facts.TypeFacts;
import dev.fearless.facts.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A type while its facts are being collected: fields and methods accumulate (closures reserve their
 * method slot before their body is walked), and the synthetic initializer methods are created on first
 * use. {@link #build()} freezes it into {@link TypeFacts}.
 */
final class TypeExtraction {

    final TypeShape shape;
    final String simpleName;
    final TypeFacts.Kind kind;
    final int modifiers;
    final List<AnnotationFacts> annotations;
    final TypeRef superclass;
    final List<TypeRef> interfaces;
    final String enclosingType;
    final boolean inner;
    final int enclosingMethod;
    final Dispatch dispatch;
    final Position pos;
    final Position range;
    final List<FieldFacts> fields = new ArrayList<>();
    /** What the type's documentation comment says about thread-safety. */
    Contract documented = Contract.NONE;
    /** The type's comment says its methods run on one thread ("these are always executed in the work thread"). */
    boolean callerConfined;
    private final List<MethodFacts> methods = new ArrayList<>();
    private BodyExtractor instanceInit;
    private BodyExtractor staticInit;
    private int instanceInitIndex = -1;
    private int staticInitIndex = -1;

    TypeExtraction(TypeShape shape, String simpleName, TypeFacts.Kind kind, int modifiers,
                   List<AnnotationFacts> annotations, TypeRef superclass, List<TypeRef> interfaces, String enclosingType,
                   boolean inner, int enclosingMethod, Dispatch dispatch, Position pos, Position range) {
        this.shape = shape;
        this.simpleName = simpleName;
        this.kind = kind;
        this.modifiers = modifiers;
        this.annotations = annotations;
        this.superclass = superclass;
        this.interfaces = interfaces;
        this.enclosingType = enclosingType;
        this.inner = inner;
        this.enclosingMethod = enclosingMethod;
        this.dispatch = dispatch;
        this.pos = pos;
        this.range = range;
    }

    int reserveMethod() {
        methods.add(null);
        return methods.size() - 1;
    }

    void setMethod(int index, MethodFacts method) {
        methods.set(index, method);
    }

    /** The walker of {@code <clinit>} or {@code <init>}, created on first use. */
    BodyExtractor initializer(boolean isStatic, FileExtraction file, Scope typeScope, com.github.javaparser.ast.Node node) {
        if (isStatic) {
            if (staticInit == null) {
                staticInitIndex = reserveMethod();
                staticInit = new BodyExtractor(file, this, null, staticInitIndex, true, typeScope, node);
            }
            return staticInit;
        }
        if (instanceInit == null) {
            instanceInitIndex = reserveMethod();
            instanceInit = new BodyExtractor(file, this, null, instanceInitIndex, false, typeScope, node);
        }
        return instanceInit;
    }

    TypeFacts build() {
        if (instanceInit != null) {
            methods.set(instanceInitIndex, instanceInit.finish(MethodFacts.INSTANCE_INIT, MethodFacts.Kind.INITIALIZER,
                    Modifiers.PRIVATE, List.of(), TypeRef.of("void"), false, pos, range, -1, -1, Dispatch.NONE));
        }
        if (staticInit != null) {
            methods.set(staticInitIndex, staticInit.finish(MethodFacts.STATIC_INIT,
                    MethodFacts.Kind.STATIC_INITIALIZER, Modifiers.PRIVATE | Modifiers.STATIC, List.of(),
                    TypeRef.of("void"), false, pos, range, -1, -1, Dispatch.NONE));
        }
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i) == null) {
                throw new IllegalStateException("method slot " + i + " of " + shape.name + " was never filled");
            }
        }
        return new TypeFacts(shape.name, simpleName, kind, modifiers, annotations, superclass, interfaces,
                enclosingType, inner, enclosingMethod, dispatch, pos, range, fields, methods, documented);
    }
}
