package dev.fearless.extract;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.LibraryResult;
import dev.fearless.knowledge.MethodTrait;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The types of values in one body, as far as one file can tell: the declared type at an access path,
 * the shape of the field it ends in, the knowledge-base type of a value, and the types of call results
 * the knowledge base knows (futures, locks, streams, threads, executors).
 */
final class ValueTyper {

    private static final TypeRef ROOT_THIS = TypeRef.of("<this>");
    private static final TypeRef ROOT_STATIC = TypeRef.of("<static>");
    private static final TypeRef ROOT_OUTER = TypeRef.of("<outer>");

    private final FileExtraction file;
    private final TypeExtraction type;
    private final NameResolver names;
    private final Map<Integer, String> resultTypes = new HashMap<>();
    private final Set<Integer> streamResults = new HashSet<>();
    private final Set<Integer> parallelResults = new HashSet<>();

    ValueTyper(FileExtraction file, TypeExtraction type, NameResolver names) {
        this.file = file;
        this.type = type;
        this.names = names;
    }

    /** The declared type of the value at an access path, as far as this file can tell. */
    TypeRef declaredType(AccessPath p, Scope scope) {
        TypeRef t = rootType(p, scope);
        for (String field : p.fields()) {
            FieldShape f = null;
            if (t == null) {
                return TypeRef.UNKNOWN;
            }
            if (t == ROOT_THIS) {
                f = type.shape.fields.get(field);
            } else if (t == ROOT_STATIC || t == ROOT_OUTER) {
                f = file.fieldOf(p.rootName(), field);
            } else if (t.isKnown()) {
                String owner = file.names.declared(t.name());
                f = owner == null ? null : file.fieldOf(owner, field);
            }
            if (f == null) {
                return TypeRef.UNKNOWN;
            }
            t = f.type();
        }
        return t == null || t == ROOT_THIS || t == ROOT_STATIC || t == ROOT_OUTER ? TypeRef.UNKNOWN : t;
    }

    private TypeRef rootType(AccessPath p, Scope scope) {
        return switch (p.root()) {
            case THIS -> ROOT_THIS;
            case STATIC -> ROOT_STATIC;
            case OUTER -> ROOT_OUTER;
            case LOCAL, PARAM -> names.variableType(p.rootName(), scope);
        };
    }

    /** The field a path ends in, when it is declared in this file. */
    FieldShape fieldShape(AccessPath p, Scope scope) {
        if (p.fields().size() == 1) {
            return switch (p.root()) {
                case THIS -> type.shape.fields.get(p.lastField());
                case STATIC, OUTER -> file.fieldOf(p.rootName(), p.lastField());
                default -> {
                    TypeRef t = names.variableType(p.rootName(), scope);
                    String owner = t.isKnown() ? file.names.declared(t.name()) : null;
                    yield owner == null ? null : file.fieldOf(owner, p.lastField());
                }
            };
        }
        TypeRef owner = declaredType(p.prefix(), scope);
        String declared = owner.isKnown() ? file.names.declared(owner.name()) : null;
        return declared == null ? null : file.fieldOf(declared, p.lastField());
    }

    /** The knowledge-base type of a value, when there is one. */
    String libraryType(Value v, Scope scope) {
        if (v instanceof Value.TypeName t) {
            return file.names.libraryName(t.name());
        }
        if (v instanceof Value.CallResult cr) {
            return resultTypes.get(cr.eventIndex());
        }
        if (v instanceof Value.NewValue nv) {
            return file.names.libraryName(nv.type().name());
        }
        AccessPath p = v.pathOrNull();
        if (p == null) {
            return null;
        }
        if (p.root() == Root.LOCAL && !p.isField()) {
            TypeRef t = names.variableType(p.rootName(), scope);
            return t.isKnown() ? libraryOrStored(t.name()) : null;
        }
        TypeRef t = declaredType(p, scope);
        return t.isKnown() && !t.isArray() ? file.names.libraryName(t.name()) : null;
    }

    private String libraryOrStored(String name) {
        return name.contains(".") && file.knowledge.type(name) != null ? name : file.names.libraryName(name);
    }

    /** The known type of the result of the call at event {@code index}, or {@code null}. */
    String resultType(int index) {
        return resultTypes.get(index);
    }

    /** Whether the call at event {@code index} yields a stream. */
    boolean isStream(int index) {
        return streamResults.contains(index);
    }

    /** Whether the call at event {@code index} yields a parallel stream. */
    boolean isParallel(int index) {
        return parallelResults.contains(index);
    }

    /** Notes what the call at event {@code index} returns, for calls made on its result later. */
    void recordResult(int index, String receiverType, String name, int arity, boolean receiverStream,
                      boolean receiverParallel) {
        if (file.classifier.yieldsStream(receiverType, name, arity, receiverStream)) {
            streamResults.add(index);
            Set<MethodTrait> traits = receiverStream ? file.classifier.stageTraits(name, arity)
                    : file.knowledge.callTraits(receiverType, name, arity);
            if (traits.contains(MethodTrait.PARALLEL)
                    || receiverParallel && !traits.contains(MethodTrait.SEQUENTIAL)) {
                parallelResults.add(index);
            }
            return;
        }
        LibraryResult result = receiverType == null ? file.knowledge.resultByName(name, arity)
                : file.knowledge.result(receiverType, name, arity);
        if (result != null && !(receiverType == null && result.isReceiver())) {
            resultTypes.put(index, result.on(receiverType));
        }
    }
}
