package dev.fearless.program;

import dev.fearless.facts.Event;
import dev.fearless.facts.TypeRef;
import dev.fearless.knowledge.LibraryResult;
import dev.fearless.knowledge.MethodTrait;
import java.util.List;
import java.util.Set;

/**
 * The result types of library calls, from the knowledge table: its {@code result} rows, and the
 * receiver's type arguments for calls that return one of its elements or values. Immutable.
 */
final class LibraryResults {

    private final TypeResolver names;
    private final Traits traits;

    LibraryResults(TypeResolver names, Traits traits) {
        this.names = names;
        this.traits = traits;
    }

    /** The static type of the result of a library call on a receiver of the given type, or unknown. */
    StaticType resultOf(StaticType receiver, Event.Call call) {
        return resultOf(receiver, call.name(), call.arity());
    }

    /** The static type of the result of the library method {@code name} taking {@code arity} arguments. */
    StaticType resultOf(StaticType receiver, String name, int arity) {
        String type = receiver.name();
        if (type == null) {
            return StaticType.UNKNOWN;
        }
        LibraryResult result = traits.result(type, name, arity);
        Set<MethodTrait> known = traits.methodTraits(type, name, arity);
        List<TypeRef> args = receiver.written().arguments();
        TypeRef element = known.contains(MethodTrait.ELEMENT_VIEW) && !args.isEmpty() ? args.get(0)
                : known.contains(MethodTrait.VALUE_VIEW) && args.size() == 2 ? args.get(1) : null;
        if (element != null && element.isKnown()) {
            // a stream or view of the receiver's elements: the same element type ({@code list.stream().filter(...)})
            String view = result == null || result.isReceiver() ? type : result.type();
            return new StaticType(view, new TypeRef(view, List.of(element), 0), receiver.context());
        }
        if (result != null) {
            return result.isReceiver() ? new StaticType(type, TypeRef.UNKNOWN, receiver.context())
                    : library(result.type());
        }
        if (known.contains(MethodTrait.RESULT_VALUE) && args.size() == 2) {
            return typeArgument(receiver, args.get(1));
        }
        if (known.contains(MethodTrait.RESULT_ELEMENT) && args.size() == 1) {
            return typeArgument(receiver, args.get(0));
        }
        return StaticType.UNKNOWN;
    }

    private StaticType typeArgument(StaticType receiver, TypeRef argument) {
        return new StaticType(names.resolve(argument, receiver.context()), argument, receiver.context());
    }

    private static StaticType library(String name) {
        return new StaticType(name, TypeRef.of(name), null);
    }
}
