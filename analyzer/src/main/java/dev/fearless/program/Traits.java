package dev.fearless.program;

import dev.fearless.facts.Event;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.LibraryResult;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The knowledge-base traits of types and of library methods, for program types too: a program type
 * inherits the traits of its library supertypes (except those that describe one class's own
 * implementation, such as {@link TypeTrait#IMMUTABLE} or {@link TypeTrait#THREADSAFE}), and its calls
 * to inherited library methods have those methods' traits. Immutable, but for a memo of the method
 * traits it has answered (rules ask them of every call); safe to use from several threads.
 */
final class Traits {

    private final TypeTable types;
    private final Hierarchy hierarchy;
    private final KnowledgeBase knowledge;
    private final Map<MethodKey, Set<MethodTrait>> methodTraits = new ConcurrentHashMap<>();

    private record MethodKey(String receiverType, String name, int arity) {
    }

    Traits(TypeTable types, Hierarchy hierarchy, KnowledgeBase knowledge) {
        this.types = types;
        this.hierarchy = hierarchy;
        this.knowledge = knowledge;
    }

    /** Whether a type (program or library) has a knowledge-base trait itself or through a library supertype. */
    boolean is(String qualifiedName, TypeTrait trait) {
        if (qualifiedName == null) {
            return false;
        }
        if (knowledge.is(qualifiedName, trait)) {
            return true;
        }
        if (!types.contains(qualifiedName)) {
            return false;
        }
        for (String s : hierarchy.supertypes(qualifiedName)) {
            if (!types.contains(s) && knowledge.is(s, trait) && inheritable(trait)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inheritable(TypeTrait trait) {
        return switch (trait) {
            case IMMUTABLE, UNSAFE, FORMAT, SYNCHRONIZED, THREADSAFE, CONCURRENT, ATOMIC -> false;
            default -> true;
        };
    }

    /** The traits of a library method called on a receiver of the given (program or library) type. */
    Set<MethodTrait> methodTraits(String receiverType, String name, int arity) {
        if (receiverType == null) {
            return Set.of();
        }
        return methodTraits.computeIfAbsent(new MethodKey(receiverType, name, arity),
                k -> Collections.unmodifiableSet(inheritedMethodTraits(receiverType, name, arity)));
    }

    private Set<MethodTrait> inheritedMethodTraits(String receiverType, String name, int arity) {
        Set<MethodTrait> traits = new HashSet<>(knowledge.methodTraits(receiverType, name, arity));
        if (types.contains(receiverType)) {
            String nested = nestedName(receiverType);
            if (!nested.equals(receiverType)) {
                traits.addAll(knowledge.methodTraits(nested, name, arity));
            }
            for (String s : hierarchy.supertypes(receiverType)) {
                if (!types.contains(s)) {
                    traits.addAll(knowledge.methodTraits(s, name, arity));
                }
            }
        }
        return traits;
    }

    /**
     * A program type's name as the knowledge base writes it when it is nested in other program types
     * ({@code Outer$Inner}): a program copy of a library's nested type (a stand-in for netty's
     * {@code Recycler.Handle}) has that type's rows.
     */
    private String nestedName(String programType) {
        String name = programType;
        int cut = name.lastIndexOf('.');
        while (cut > 0 && types.contains(name.substring(0, cut).replace('$', '.'))) {
            name = name.substring(0, cut) + "$" + name.substring(cut + 1);
            cut = name.lastIndexOf('.', cut - 1);
        }
        return name;
    }

    /**
     * The {@code result} row for a library method called on a receiver of the given (program or
     * library) type: the receiver's own library rows first, then those of a program type's library
     * supertypes. {@code null} when the table has none.
     */
    LibraryResult result(String receiverType, String name, int arity) {
        LibraryResult own = knowledge.result(receiverType, name, arity);
        if (own != null || !types.contains(receiverType)) {
            return own;
        }
        for (String s : hierarchy.supertypes(receiverType)) {
            if (!types.contains(s)) {
                LibraryResult inherited = knowledge.result(s, name, arity);
                if (inherited != null) {
                    return inherited;
                }
            }
        }
        return null;
    }

    /**
     * The traits of a call whose receiver has the given static type: a receiver of unknown type (or an
     * array) still has {@code Object}'s methods.
     */
    Set<MethodTrait> ofCall(String receiverType, Event.Call call) {
        return ofCall(receiverType, call, false);
    }

    /**
     * As {@link #ofCall(String, Event.Call)}; {@code programTarget}: the call runs a method of the program,
     * which cannot be one of {@code Object}'s final methods ({@code wait}, {@code notify}): an overload of
     * its name ({@code wait(Object, Duration)}) has none of their traits.
     */
    Set<MethodTrait> ofCall(String receiverType, Event.Call call, boolean programTarget) {
        if (programTarget && MethodTrait.monitorOp(knowledge.objectMethodTraits(call.name(), call.arity()))) {
            return Set.of();
        }
        if (receiverType == null || receiverType.endsWith("[]")) {
            return knowledge.objectMethodTraits(call.name(), call.arity());
        }
        return methodTraits(receiverType, call.name(), call.arity());
    }
}
