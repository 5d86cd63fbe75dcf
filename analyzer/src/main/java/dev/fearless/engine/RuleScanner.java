package dev.fearless.engine;

import dev.fearless.facts.Event;
import dev.fearless.facts.FileFacts;
import dev.fearless.facts.TypeFacts;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.FieldMatcher;
import dev.fearless.rule.Finding;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.Rule;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.TypeMatcher;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Walks the program once and calls each rule for what its matcher interfaces ask: types (and their
 * used fields), then methods (and their events), in program order; whole-program rules run on their
 * own. Methods and types are cut into contiguous slices checked in parallel; each slice collects its
 * findings per rule, and the slices are joined in program order, so the result does not depend on the
 * number of threads. A rule that throws is recorded as a {@link RuleFailure} and the walk goes on.
 */
final class RuleScanner {

    /** Slices per thread: enough to even out slices of unequal cost. */
    private static final int SLICES_PER_THREAD = 8;
    private static final int[] NONE = {};

    private final List<RuleDescriptor> rules;
    private final int[][] byKind = new int[EventKind.values().length][];
    private final int[] methodMatchers;
    private final int[] typeMatchers;
    private final int[] fieldMatchers;
    private final int[] programMatchers;

    RuleScanner(List<RuleDescriptor> rules) {
        this.rules = List.copyOf(rules);
        for (EventKind kind : EventKind.values()) {
            byKind[kind.ordinal()] = indexes(r -> r instanceof EventMatcher em && em.eventKinds().contains(kind));
        }
        methodMatchers = indexes(r -> r instanceof MethodMatcher);
        typeMatchers = indexes(r -> r instanceof TypeMatcher);
        fieldMatchers = indexes(r -> r instanceof FieldMatcher);
        programMatchers = indexes(r -> r instanceof ProgramMatcher);
    }

    private int[] indexes(java.util.function.Predicate<Rule> wanted) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (wanted.test(rules.get(i).rule())) {
                result.add(i);
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The raw findings (in rule order, each rule's in program order) and the failures. */
    record Outcome(List<Finding> findings, List<RuleFailure> failures) {
    }

    Outcome scan(Program program, Summaries summaries, int threads) {
        List<TypeInfo> types = typesInOrder(program);
        List<MethodInfo> methods = program.methods();
        int slices = Math.max(1, threads) * SLICES_PER_THREAD;
        List<Callable<Slice>> tasks = new ArrayList<>();
        for (int r : programMatchers) {
            // first, so that a long whole-program rule overlaps the walk instead of trailing it
            tasks.add(() -> new Slice(program, summaries).program(r));
        }
        if (typeMatchers.length + fieldMatchers.length > 0) {
            for (int[] range : ranges(types.size(), slices)) {
                tasks.add(() -> new Slice(program, summaries).types(types.subList(range[0], range[1])));
            }
        }
        boolean anyEvents = false;
        for (int[] kind : byKind) {
            anyEvents |= kind.length > 0;
        }
        boolean events = anyEvents;
        if (methodMatchers.length > 0 || events) {
            for (int[] range : ranges(methods.size(), slices)) {
                tasks.add(() -> new Slice(program, summaries).methods(methods.subList(range[0], range[1]), events));
            }
        }
        List<Slice> done = run(tasks, threads);
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            RuleFailure first = null;
            int count = 0;
            for (Slice s : done) {
                if (s.contexts[r] != null) {
                    findings.addAll(s.contexts[r].findings());
                }
                if (s.failures[r] != null) {
                    first = first == null ? s.failures[r] : first;
                    count += s.failures[r].count();
                }
            }
            if (first != null) {
                failures.add(new RuleFailure(first.ruleId(), first.path(), first.declaration(), first.error(), count));
            }
        }
        return new Outcome(findings, failures);
    }

    private static List<Slice> run(List<Callable<Slice>> tasks, int threads) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())));
        try {
            List<Future<Slice>> futures = new ArrayList<>();
            for (Callable<Slice> t : tasks) {
                futures.add(pool.submit(t));
            }
            List<Slice> done = new ArrayList<>();
            for (Future<Slice> f : futures) {
                done.add(f.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running rules", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the rule scan failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Contiguous ranges [from, to) cutting {@code size} items into at most {@code slices} parts. */
    private static List<int[]> ranges(int size, int slices) {
        List<int[]> result = new ArrayList<>();
        int step = Math.max(1, (size + slices - 1) / slices);
        for (int from = 0; from < size; from += step) {
            result.add(new int[] {from, Math.min(size, from + step)});
        }
        return result;
    }

    /**
     * Every type in file order. A type whose name an earlier file already declared is not one of the
     * program's {@link Program#types()}, so type matchers do not see it; its methods are in the program,
     * though, and so are the uses of its fields, which field matchers see.
     */
    private static List<TypeInfo> typesInOrder(Program program) {
        java.util.Map<TypeFacts, TypeInfo> shadowed = new java.util.IdentityHashMap<>();
        for (MethodInfo m : program.methods()) {
            TypeInfo owner = m.owner();
            if (program.type(owner.name()) != owner) {
                shadowed.put(owner.facts(), owner);
            }
        }
        List<TypeInfo> result = new ArrayList<>();
        for (FileFacts file : program.files()) {
            for (TypeFacts facts : file.types()) {
                TypeInfo t = program.type(facts.name());
                if (t != null && t.facts() == facts) {
                    result.add(t);
                } else if (shadowed.containsKey(facts)) {
                    result.add(shadowed.get(facts));
                }
            }
        }
        return result;
    }

    /** One slice of the walk: its own rule contexts (findings per rule) and failures. Confined to one thread. */
    private final class Slice {

        private final Program program;
        private final Summaries summaries;
        private final RuleContext[] contexts = new RuleContext[rules.size()];
        private final RuleFailure[] failures = new RuleFailure[rules.size()];

        Slice(Program program, Summaries summaries) {
            this.program = program;
            this.summaries = summaries;
        }

        private RuleContext context(int r) {
            if (contexts[r] == null) {
                contexts[r] = new RuleContext(rules.get(r), program, summaries);
            }
            return contexts[r];
        }

        private void failed(int r, String path, String declaration, Throwable error) {
            // not rethrown: a rule's bug must not cost the user the other rules' findings
            RuleFailure old = failures[r];
            failures[r] = old == null ? new RuleFailure(rules.get(r).id(), path, declaration, error, 1)
                    : new RuleFailure(old.ruleId(), old.path(), old.declaration(), old.error(), old.count() + 1);
        }

        Slice types(List<TypeInfo> types) {
            for (TypeInfo t : types) {
                boolean shadowed = program.type(t.name()) != t;
                for (int r : shadowed ? NONE : typeMatchers) {
                    try {
                        ((TypeMatcher) rules.get(r).rule()).matchType(context(r), t);
                    } catch (RuntimeException | StackOverflowError e) {
                        failed(r, t.file().path(), t.name(), e);
                    }
                }
                if (fieldMatchers.length == 0) {
                    continue;
                }
                for (FieldInfo f : t.fields()) {
                    List<FieldUse> uses = summaries.uses(f);
                    if (uses.isEmpty()) {
                        continue;
                    }
                    for (int r : fieldMatchers) {
                        try {
                            ((FieldMatcher) rules.get(r).rule()).matchField(context(r), f, uses);
                        } catch (RuntimeException | StackOverflowError e) {
                            failed(r, t.file().path(), f.toString(), e);
                        }
                    }
                }
            }
            return this;
        }

        Slice methods(List<MethodInfo> methods, boolean events) {
            MethodScope[] scopes = new MethodScope[rules.size()];
            for (MethodInfo m : methods) {
                java.util.Arrays.fill(scopes, null);
                for (int r : methodMatchers) {
                    try {
                        ((MethodMatcher) rules.get(r).rule()).matchMethod(scope(scopes, r, m));
                    } catch (RuntimeException | StackOverflowError e) {
                        failed(r, m.path(), m.qualifiedName(), e);
                    }
                }
                if (!events) {
                    continue;
                }
                List<Event> list = m.facts().events();
                for (int i = 0; i < list.size(); i++) {
                    Event e = list.get(i);
                    for (int r : byKind[EventKind.of(e).ordinal()]) {
                        try {
                            ((EventMatcher) rules.get(r).rule()).matchEvent(scope(scopes, r, m), i, e);
                        } catch (RuntimeException | StackOverflowError x) {
                            failed(r, m.path(), m.qualifiedName(), x);
                        }
                    }
                }
            }
            return this;
        }

        private MethodScope scope(MethodScope[] scopes, int r, MethodInfo m) {
            if (scopes[r] == null) {
                scopes[r] = new MethodScope(context(r), m);
            }
            return scopes[r];
        }

        Slice program(int r) {
            try {
                ((ProgramMatcher) rules.get(r).rule()).matchProgram(context(r));
            } catch (RuntimeException | StackOverflowError e) {
                failed(r, "", "", e);
            }
            return this;
        }
    }
}
