package dev.fearless.extract;

import dev.fearless.facts.Dispatch;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import java.util.Set;

/**
 * Decides where a closure handed to a call runs, from the knowledge base: {@code map.computeIfAbsent}
 * runs it here, {@code executor.submit} elsewhere, a parallel stream's stage in parallel. A receiver of
 * unknown type falls back to the table's name-only rows, otherwise the answer is UNKNOWN.
 */
final class DispatchClassifier {

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
        if (streamPipeline) {
            Set<MethodTrait> stage = stageTraits(name, arity);
            if (stage.contains(MethodTrait.STREAM_OP)) {
                return parallel && !stage.contains(MethodTrait.IN_ORDER) ? Dispatch.PARALLEL : Dispatch.HERE;
            }
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
        Set<MethodTrait> byName = knowledge.traitsByName(name, arity);
        if (byName.contains(MethodTrait.RUNS_HERE)) {
            return Dispatch.HERE;
        }
        if (byName.contains(MethodTrait.RUNS_ELSEWHERE) || byName.contains(MethodTrait.STAGE)) {
            return Dispatch.ELSEWHERE;
        }
        return Dispatch.UNKNOWN;
    }

    /** The traits of a method on a stream of no known type: a stage of a pipeline. */
    Set<MethodTrait> stageTraits(String name, int arity) {
        return knowledge.methodTraitsOfKind(TypeTrait.STREAM, name, arity);
    }

    /** Whether a call of this name on a receiver of the given kind yields a stream. */
    boolean yieldsStream(String receiverType, String name, int arity, boolean receiverIsStream) {
        if (receiverIsStream) {
            Set<MethodTrait> stage = stageTraits(name, arity);
            return stage.contains(MethodTrait.STREAM_OP) && !stage.contains(MethodTrait.STREAM_TERMINAL);
        }
        return knowledge.callTraits(receiverType, name, arity).contains(MethodTrait.STREAM_SOURCE);
    }
}
