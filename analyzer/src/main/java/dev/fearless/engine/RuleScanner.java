package dev.fearless.engine;

import dev.fearless.budget.BudgetExceeded;
import dev.fearless.budget.Cutoff;
import dev.fearless.budget.Cutoffs;
import dev.fearless.budget.Deadline;
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
import dev.fearless.rule.JavaRelease;
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
 * Each rule has a time budget per file ({@link Budgets}): a rule over it is cut off for the rest of
 * the file and reported as a {@link Cutoff}, so a huge generated file cannot hang the run.
 */
final class RuleScanner {

    /** Slices per thread: enough to even out slices of unequal cost. */
    private static final int SLICES_PER_THREAD = 8;
    private static final int[] NONE = {};

    private final List<RuleDescriptor> rules;
    private final Budgets budgets;
    private final JavaRelease javaRelease;
    private final Cutoffs cutoffs = new Cutoffs();
    private final int[] methodMatchers;
    private final int[] typeMatchers;
    private final int[] fieldMatchers;
    private final int[] programMatchers;
    /** The event matchers, and for each rule the event kinds it asked for. */
    private final int[] eventMatchers;
    private final boolean[][] wants;

    RuleScanner(List<RuleDescriptor> rules) {
        this(rules, Budgets.DEFAULT);
    }

    RuleScanner(List<RuleDescriptor> rules, Budgets budgets) {
        this(rules, budgets, JavaRelease.UNKNOWN);
    }

    RuleScanner(List<RuleDescriptor> rules, Budgets budgets, JavaRelease javaRelease) {
        this.budgets = budgets;
        this.javaRelease = javaRelease;
        this.rules = List.copyOf(rules);
        methodMatchers = indexes(r -> r instanceof MethodMatcher);
        typeMatchers = indexes(r -> r instanceof TypeMatcher);
        fieldMatchers = indexes(r -> r instanceof FieldMatcher);
        programMatchers = indexes(r -> r instanceof ProgramMatcher);
        eventMatchers = indexes(r -> r instanceof EventMatcher);
        wants = new boolean[this.rules.size()][EventKind.values().length];
        for (int r : eventMatchers) {
            for (EventKind kind : ((EventMatcher) this.rules.get(r).rule()).eventKinds()) {
                wants[r][kind.ordinal()] = true;
            }
        }
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

    /** The raw findings (in rule order, each rule's in program order), the failures, and the rules cut off. */
    record Outcome(List<Finding> findings, List<RuleFailure> failures, List<Cutoff> cutoffs) {
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
        boolean events = eventMatchers.length > 0;
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
        return new Outcome(findings, failures, cutoffs.all());
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
        /** The file being checked, each rule's time on it so far (nanoseconds), and the rules cut off on it. */
        private String file;
        private final long[] spent = new long[rules.size()];
        private final java.util.BitSet cut = new java.util.BitSet();
        private long budgetNanos = budgets.ruleMillisPerFile() * 1_000_000L;

        Slice(Program program, Summaries summaries) {
            this.program = program;
            this.summaries = summaries;
        }

        private RuleContext context(int r) {
            if (contexts[r] == null) {
                contexts[r] = new RuleContext(rules.get(r), program, summaries, javaRelease);
            }
            return contexts[r];
        }

        private void failed(int r, String path, String declaration, Throwable error) {
            // not rethrown: a rule's bug must not cost the user the other rules' findings
            RuleFailure old = failures[r];
            failures[r] = old == null ? new RuleFailure(rules.get(r).id(), path, declaration, error, 1)
                    : new RuleFailure(old.ruleId(), old.path(), old.declaration(), old.error(), old.count() + 1);
        }

        /** Starts a new file: each rule gets its own budget on it. */
        private void enter(String path) {
            if (path.equals(file)) {
                return;
            }
            file = path;
            cut.clear();
            java.util.Arrays.fill(spent, 0);
        }

        /**
         * Runs one piece of rule {@code r}'s work on the current file, within what is left of its budget
         * there: work that throws {@link BudgetExceeded}, or that leaves the rule over budget, cuts the rule
         * off for the rest of the file (reported once); a rule that throws anything else is a failure, whose
         * report names {@code declaration} (made only then: most runs never need the name).
         */
        private void run(int r, java.util.function.Supplier<String> declaration, Runnable work) {
            if (cut.get(r)) {
                return;
            }
            long start = System.nanoTime();
            context(r).deadline(new Deadline(start + budgetNanos - spent[r], file));
            try {
                work.run();
            } catch (BudgetExceeded e) {
                spent[r] = budgetNanos + 1;
            } catch (RuntimeException | StackOverflowError e) {
                failed(r, file, declaration.get(), e);
            }
            spent[r] += System.nanoTime() - start;
            if (spent[r] > budgetNanos) {
                cut.set(r);
                cutoffs.hit("rule " + rules.get(r).id(), "cut off after " + Budgets.text(budgetNanos / 1_000_000)
                        + (file.isEmpty() ? " on the whole program" : " on a file"), file);
            }
        }

        Slice types(List<TypeInfo> types) {
            for (TypeInfo t : types) {
                enter(t.file().path());
                boolean shadowed = program.type(t.name()) != t;
                for (int r : shadowed ? NONE : typeMatchers) {
                    run(r, t::name, () -> ((TypeMatcher) rules.get(r).rule()).matchType(context(r), t));
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
                        run(r, f::toString, () -> ((FieldMatcher) rules.get(r).rule()).matchField(context(r), f, uses));
                    }
                }
            }
            return this;
        }

        Slice methods(List<MethodInfo> methods, boolean events) {
            MethodScope[] scopes = new MethodScope[rules.size()];
            for (MethodInfo m : methods) {
                enter(m.path());
                java.util.Arrays.fill(scopes, null);
                for (int r : methodMatchers) {
                    run(r, m::qualifiedName, () -> ((MethodMatcher) rules.get(r).rule()).matchMethod(scope(scopes, r, m)));
                }
                if (!events) {
                    continue;
                }
                List<Event> list = m.facts().events();
                // rule by rule (each in event order), so each rule's time on the file can be measured
                for (int r : eventMatchers) {
                    EventMatcher matcher = (EventMatcher) rules.get(r).rule();
                    boolean[] kinds = wants[r];
                    run(r, m::qualifiedName, () -> {
                        for (int i = 0; i < list.size(); i++) {
                            Event e = list.get(i);
                            if (kinds[EventKind.of(e).ordinal()]) {
                                matchEvent(matcher, scope(scopes, r, m), i, e, r, m);
                            }
                        }
                    });
                }
            }
            return this;
        }

        /** One event for one rule; a rule that throws on it goes on with the next event. */
        private void matchEvent(EventMatcher matcher, MethodScope scope, int i, Event e, int r, MethodInfo m) {
            try {
                matcher.matchEvent(scope, i, e);
            } catch (BudgetExceeded x) {
                throw x;
            } catch (RuntimeException | StackOverflowError x) {
                failed(r, m.path(), m.qualifiedName(), x);
            }
        }

        private MethodScope scope(MethodScope[] scopes, int r, MethodInfo m) {
            if (scopes[r] == null) {
                scopes[r] = new MethodScope(context(r), m);
            }
            return scopes[r];
        }

        Slice program(int r) {
            enter("");
            budgetNanos = budgets.ruleMillisPerProgram() * 1_000_000L;
            run(r, () -> "", () -> ((ProgramMatcher) rules.get(r).rule()).matchProgram(context(r)));
            return this;
        }
    }
}
