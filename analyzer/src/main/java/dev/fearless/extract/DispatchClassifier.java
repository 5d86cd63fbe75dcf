package dev.fearless.extract;

import dev.fearless.facts.Dispatch;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import java.util.Set;

/**
 * Decides where a closure handed to a call runs, from the knowledge base: {@code map.computeIfAbsent}
 * runs it here, {@code executor.submit} elsewhere, a parallel stream's stage in parallel. A receiver of
 * unknown type falls back to a few unambiguous method names, otherwise the answer is UNKNOWN.
 */
final class DispatchClassifier {

    private static final Set<String> HERE_BY_NAME = Set.of("forEach", "computeIfAbsent", "computeIfPresent",
            "compute", "merge", "removeIf", "replaceAll", "ifPresent", "ifPresentOrElse", "orElseGet",
            "forEachOrdered", "forEachRemaining");
    private static final Set<String> STREAM_OPS = Set.of("filter", "map", "mapToInt", "mapToLong", "mapToDouble",
            "mapToObj", "flatMap", "flatMapToInt", "mapMulti", "peek", "forEach", "forEachOrdered", "reduce",
            "collect", "anyMatch", "allMatch", "noneMatch", "sorted", "min", "max", "takeWhile", "dropWhile",
            "iterate", "generate", "distinct", "limit", "skip", "boxed", "asLongStream", "asDoubleStream",
            "parallel", "sequential", "unordered", "onClose", "toArray", "count", "sum", "average", "findFirst",
            "findAny", "summaryStatistics", "toList");
    private static final Set<String> STREAM_SOURCES = Set.of("stream", "parallelStream", "chars", "codePoints",
            "lines", "entrySetStream");

    private final KnowledgeBase knowledge;

    DispatchClassifier(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * Where closures passed to {@code receiverType.name(...)} run. {@code receiverType} is a knowledge
     * base name or {@code null}; {@code streamPipeline} tells whether the receiver is a stream, and
     * {@code parallel} whether that stream is parallel.
     */
    Dispatch classify(String receiverType, String name, int arity, boolean streamPipeline, boolean parallel) {
        if (streamPipeline && STREAM_OPS.contains(name)) {
            return parallel && !name.equals("forEachOrdered") ? Dispatch.PARALLEL : Dispatch.HERE;
        }
        if (receiverType != null) {
            Set<MethodTrait> traits = knowledge.methodTraits(receiverType, name, arity);
            if (traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.STAGE)) {
                return Dispatch.ELSEWHERE;
            }
            if (traits.contains(MethodTrait.PARALLEL)) {
                return Dispatch.PARALLEL;
            }
            if (traits.contains(MethodTrait.RUNS_HERE)) {
                return Dispatch.HERE;
            }
        }
        if (HERE_BY_NAME.contains(name)) {
            return Dispatch.HERE;
        }
        if (name.endsWith("Async") && name.length() > 5) {
            return Dispatch.ELSEWHERE;
        }
        return Dispatch.UNKNOWN;
    }

    /** Whether a call of this name on a receiver of the given kind yields a stream. */
    boolean yieldsStream(String receiverType, String name, boolean receiverIsStream) {
        if (receiverIsStream) {
            return STREAM_OPS.contains(name) && !isTerminal(name);
        }
        if (STREAM_SOURCES.contains(name)) {
            return true;
        }
        return receiverType != null && (receiverType.endsWith("Stream") || receiverType.equals("java.util.Arrays")
                || receiverType.equals("java.util.stream.StreamSupport"))
                && (name.equals("stream") || name.equals("of") || name.equals("range") || name.equals("rangeClosed")
                    || name.equals("iterate") || name.equals("generate") || name.equals("concat"));
    }

    private static boolean isTerminal(String name) {
        return switch (name) {
            case "forEach", "forEachOrdered", "reduce", "collect", "anyMatch", "allMatch", "noneMatch", "min", "max",
                 "toArray", "count", "sum", "average", "findFirst", "findAny", "summaryStatistics", "toList" -> true;
            default -> false;
        };
    }
}
