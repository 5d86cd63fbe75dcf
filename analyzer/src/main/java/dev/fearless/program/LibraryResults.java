package dev.fearless.program;

import dev.fearless.facts.Event;
import dev.fearless.facts.TypeRef;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import java.util.List;
import java.util.Set;

/** The result types of the library calls whose result type matters to the rules. */
final class LibraryResults {

    private LibraryResults() {
    }

    static StaticType resultOf(Program program, StaticType receiver, Event.Call call) {
        String type = receiver.name();
        String name = call.name();
        if (type == null) {
            return StaticType.UNKNOWN;
        }
        Set<MethodTrait> traits = program.methodTraits(type, name, call.arity());
        if (traits.contains(MethodTrait.RETURNS_FUTURE)) {
            boolean completable = program.isSubtype(type, "java.util.concurrent.CompletionStage")
                    || type.equals("java.util.concurrent.CompletableFuture");
            return library(completable ? "java.util.concurrent.CompletableFuture" : "java.util.concurrent.Future");
        }
        if (traits.contains(MethodTrait.READ_LOCK) || traits.contains(MethodTrait.WRITE_LOCK)) {
            return library("java.util.concurrent.locks.Lock");
        }
        if (traits.contains(MethodTrait.NEW_CONDITION)) {
            return library("java.util.concurrent.locks.Condition");
        }
        if (traits.contains(MethodTrait.CURRENT_THREAD)) {
            return library("java.lang.Thread");
        }
        if (traits.contains(MethodTrait.SYNCHRONIZED_WRAPPER) || traits.contains(MethodTrait.UNMODIFIABLE_VIEW)
                || traits.contains(MethodTrait.IMMUTABLE_RESULT)) {
            return new StaticType(type.equals("java.util.Collections") ? collectionKind(name) : type,
                    call.args().isEmpty() ? TypeRef.UNKNOWN : TypeRef.UNKNOWN, receiver.context());
        }
        if (type.equals("java.util.concurrent.Executors")) {
            return library(name.contains("Scheduled") ? "java.util.concurrent.ScheduledExecutorService"
                    : "java.util.concurrent.ExecutorService");
        }
        if (program.is(type, TypeTrait.MAP) && (name.equals("get") || name.equals("remove")
                || name.equals("putIfAbsent") || name.equals("computeIfAbsent") || name.equals("getOrDefault"))) {
            List<TypeRef> args = receiver.written().arguments();
            if (args.size() == 2) {
                return new StaticType(program.resolveType(args.get(1), receiver.context()), args.get(1), receiver.context());
            }
        }
        if (program.is(type, TypeTrait.COLLECTION) && (name.equals("get") || name.equals("poll") || name.equals("take")
                || name.equals("peek") || name.equals("remove") && call.arity() == 0 || name.equals("iterator"))) {
            List<TypeRef> args = receiver.written().arguments();
            if (args.size() == 1 && !name.equals("iterator")) {
                return new StaticType(program.resolveType(args.get(0), receiver.context()), args.get(0), receiver.context());
            }
        }
        if (program.is(type, TypeTrait.THREADLOCAL) && name.equals("get")) {
            List<TypeRef> args = receiver.written().arguments();
            if (args.size() == 1) {
                return new StaticType(program.resolveType(args.get(0), receiver.context()), args.get(0), receiver.context());
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
