package dev.fearless.program;

import dev.fearless.facts.Event;
import dev.fearless.facts.TypeRef;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import java.util.List;
import java.util.Set;

/** The result types of the library calls whose result type matters to the rules. Immutable. */
final class LibraryResults {

    private final Hierarchy hierarchy;
    private final TypeResolver names;
    private final Traits traits;

    LibraryResults(Hierarchy hierarchy, TypeResolver names, Traits traits) {
        this.hierarchy = hierarchy;
        this.names = names;
        this.traits = traits;
    }

    /** The static type of the result of a library call on a receiver of the given type, or unknown. */
    StaticType resultOf(StaticType receiver, Event.Call call) {
        String type = receiver.name();
        String name = call.name();
        if (type == null) {
            return StaticType.UNKNOWN;
        }
        Set<MethodTrait> known = traits.methodTraits(type, name, call.arity());
        if (known.contains(MethodTrait.RETURNS_FUTURE)) {
            boolean completable = hierarchy.isSubtype(type, "java.util.concurrent.CompletionStage")
                    || type.equals("java.util.concurrent.CompletableFuture");
            return library(completable ? "java.util.concurrent.CompletableFuture" : "java.util.concurrent.Future");
        }
        if (known.contains(MethodTrait.READ_LOCK) || known.contains(MethodTrait.WRITE_LOCK)) {
            return library("java.util.concurrent.locks.Lock");
        }
        if (known.contains(MethodTrait.NEW_CONDITION)) {
            return library("java.util.concurrent.locks.Condition");
        }
        if (known.contains(MethodTrait.CURRENT_THREAD)) {
            return library("java.lang.Thread");
        }
        if (known.contains(MethodTrait.THREAD_BUILDER)) {
            return library("java.lang.Thread$Builder");
        }
        if (known.contains(MethodTrait.OPENS_SCOPE)) {
            return library(type);
        }
        if (known.contains(MethodTrait.FORKS) && traits.is(type, TypeTrait.STRUCTURED_SCOPE)) {
            return library("java.util.concurrent.StructuredTaskScope$Subtask");
        }
        if (known.contains(MethodTrait.SYNCHRONIZED_WRAPPER) || known.contains(MethodTrait.UNMODIFIABLE_VIEW)
                || known.contains(MethodTrait.IMMUTABLE_RESULT)) {
            return new StaticType(type.equals("java.util.Collections") ? collectionKind(name) : type,
                    TypeRef.UNKNOWN, receiver.context());
        }
        if (type.equals("java.util.concurrent.Executors")) {
            return library(name.contains("Scheduled") ? "java.util.concurrent.ScheduledExecutorService"
                    : "java.util.concurrent.ExecutorService");
        }
        if (traits.is(type, TypeTrait.MAP) && (name.equals("get") || name.equals("remove")
                || name.equals("putIfAbsent") || name.equals("computeIfAbsent") || name.equals("getOrDefault"))) {
            List<TypeRef> args = receiver.written().arguments();
            if (args.size() == 2) {
                return new StaticType(names.resolve(args.get(1), receiver.context()), args.get(1), receiver.context());
            }
        }
        if (traits.is(type, TypeTrait.COLLECTION) && (name.equals("get") || name.equals("poll") || name.equals("take")
                || name.equals("peek") || name.equals("remove") && call.arity() == 0 || name.equals("iterator"))) {
            List<TypeRef> args = receiver.written().arguments();
            if (args.size() == 1 && !name.equals("iterator")) {
                return new StaticType(names.resolve(args.get(0), receiver.context()), args.get(0), receiver.context());
            }
        }
        if (traits.is(type, TypeTrait.THREADLOCAL) && name.equals("get")) {
            List<TypeRef> args = receiver.written().arguments();
            if (args.size() == 1) {
                return new StaticType(names.resolve(args.get(0), receiver.context()), args.get(0), receiver.context());
            }
        }
        return StaticType.UNKNOWN;
    }

    private static String collectionKind(String factory) {
        if (factory.endsWith("Map") || factory.endsWith("MapEntry")) {
            return "java.util.Map";
        }
        if (factory.endsWith("Set")) {
            return "java.util.Set";
        }
        if (factory.endsWith("List")) {
            return "java.util.List";
        }
        return "java.util.Collection";
    }

    private static StaticType library(String name) {
        return new StaticType(name, TypeRef.of(name), null);
    }
}
