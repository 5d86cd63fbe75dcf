package dev.fearless.summary;

import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.Contract;
import dev.fearless.facts.Event;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the {@link Evidence} of each program type. */
final class ConcurrencyEvidence {

    private static final Set<String> SINGLETON_ANNOTATIONS = Set.of("Component", "Service", "Controller",
            "RestController", "Repository", "WebServlet", "Singleton", "Endpoint");

    private ConcurrencyEvidence() {
    }

    static Evidence of(Program program, TypeInfo t, Map<FieldInfo, List<FieldUse>> uses) {
        List<AnnotationFacts> annotations = t.facts().annotations();
        boolean threadSafe = AnnotationFacts.has(annotations, "ThreadSafe") || t.facts().documented() == Contract.SHARED;
        // A class comment saying the instances are not thread-safe puts the burden on the callers, as the
        // annotation does; an annotation saying the opposite wins over the prose.
        boolean notThreadSafe = AnnotationFacts.has(annotations, "NotThreadSafe")
                || !threadSafe && t.facts().documented() == Contract.NOT_THREAD_SAFE;
        boolean locks = false;
        for (MethodInfo m : t.methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Acquire) {
                    locks = true;
                    break;
                }
            }
        }
        boolean volatileOrAtomic = false;
        boolean tasks = false;
        for (FieldInfo f : t.fields()) {
            String type = program.resolveType(f.facts().type(), t);
            volatileOrAtomic |= f.facts().isVolatile() || type != null && program.is(type, TypeTrait.ATOMIC);
            for (FieldUse u : uses.getOrDefault(f, List.of())) {
                tasks |= u.context() == ThreadContext.TASK;
            }
        }
        return new Evidence(threadSafe, notThreadSafe, locks, volatileOrAtomic, singleton(program, t), tasks);
    }

    /** A container-managed singleton: one instance serves every request, on many threads. */
    static boolean singleton(Program program, TypeInfo t) {
        List<AnnotationFacts> annotations = t.facts().annotations();
        for (String scope : AnnotationFacts.valuesOf(annotations, "Scope")) {
            String s = scope.toLowerCase(java.util.Locale.ROOT);
            if (s.contains("prototype") || s.contains("request") || s.contains("session")) {
                return false;
            }
        }
        for (AnnotationFacts a : annotations) {
            if (SINGLETON_ANNOTATIONS.contains(a.simpleName())) {
                return true;
            }
        }
        return Loops.typeHas(program, t.name(), TypeTrait.REQUEST_SINGLETON);
    }
}
