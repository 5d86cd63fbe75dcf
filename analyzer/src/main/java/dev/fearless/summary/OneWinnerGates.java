package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/**
 * Code past a one-winner gate: a test that a counter's atomic step by one saw a given value
 * ({@code if (requestsLeft.decrementAndGet() == 0) moveToNextQueue();}), or that a compare-and-set from one
 * constant to another succeeded ({@code if (state.compareAndSet(this, 1, 2))}). A step by one passes each
 * value once, and exactly one thread's step returns it, so two threads never run the code behind the
 * gate for the same pass: it is one thread's, as under a lock, until the counter comes round again
 * (hadoop's {@code WeightedRoundRobinMultiplexer}: "guaranteed to be called exactly once per
 * currentQueueIndex").
 */
public final class OneWinnerGates {

    /** How many callers up a method that is not the program's API is followed to its gate. */
    private static final int CALLER_DEPTH = 2;

    private OneWinnerGates() {
    }

    /**
     * Whether event {@code index} of {@code m} runs only past a one-winner gate: one of its conditions
     * says so, or {@code m} is no method clients call and every call of it in the program runs past one.
     */
    public static boolean passed(Program program, MethodInfo m, int index) {
        return passed(program, m, index, CALLER_DEPTH);
    }

    private static boolean passed(Program program, MethodInfo m, int index, int depth) {
        MethodFacts f = m.facts();
        for (Guard g : f.guardChain(f.eventAt(index))) {
            for (Guard.Test t : g.implied()) {
                if (t.kind() == Guard.TestKind.EQUALS_INTEGER && stepResult(program, m, t.subject())
                        || t.kind() == Guard.TestKind.IS_TRUE && wonConstantSwap(program, m, t.subject())) {
                    return true;
                }
            }
        }
        if (depth == 0 || Api.exported(program, m) || Api.overridesForClients(program, m)) {
            return false;
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            if (!passed(program, s.caller(), s.event(), depth - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code v} is the success of a compare-and-set from one constant to another
     * ({@code if (state.compareAndSet(this, 1, 2))}, {@code state.compareAndSet(ST_RUNNING, ST_SHUTTING_DOWN)}
     * with static final constants): once one thread's swap succeeds, the value is no longer the one expected,
     * and no other thread's succeeds until it comes back to it.
     */
    private static boolean wonConstantSwap(Program program, MethodInfo m, Value v) {
        if (!(v instanceof Value.CallResult r) || !(m.facts().events().get(r.eventIndex()) instanceof Event.Call c)
                || c.args().size() < 2 || !program.knowledge().inGroup(NameGroup.COMPARE_AND_SET, c.name())) {
            return false;
        }
        String expected = constant(program, m, c.args().get(c.args().size() - 2));
        String update = constant(program, m, c.args().get(c.args().size() - 1));
        return expected != null && update != null && !expected.equals(update);
    }

    /** A name for a constant value: a literal's text, or a static final field's; {@code null} for anything else. */
    public static String constant(Program program, MethodInfo m, Value v) {
        if (v instanceof Value.Literal l) {
            return "literal " + l.text();
        }
        AccessPath p = v.pathOrNull();
        if (p == null || p.root() != AccessPath.Root.STATIC || p.fields().size() != 1) {
            return null;
        }
        FieldInfo f = program.field(m, p);
        return f != null && f.facts().isStatic() && f.facts().isFinal() ? "field " + f.owner().name() + "." + f.name() : null;
    }

    /**
     * Whether {@code v} is what an atomic step by one returned ({@code decrementAndGet()},
     * {@code getAndIncrement()}: a step that takes no amount), directly or through a local assigned only that.
     */
    private static boolean stepResult(Program program, MethodInfo m, Value v) {
        List<Event> events = m.facts().events();
        if (v instanceof Value.CallResult r) {
            if (!(events.get(r.eventIndex()) instanceof Event.Call c) || !c.args().isEmpty()
                    || !program.knowledge().inGroup(NameGroup.ATOMIC_STEP, c.name())) {
                return false;
            }
            String type = program.staticType(m, c.receiver()).name();
            return type != null && program.is(type, TypeTrait.ATOMIC);
        }
        AccessPath p = v.pathOrNull();
        if (p == null || p.isField() || p.root() != AccessPath.Root.LOCAL) {
            return false;
        }
        boolean step = false;
        for (Event e : events) {
            if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                if (!(la.value() instanceof Value.CallResult) || !stepResult(program, m, la.value())) {
                    return false;
                }
                step = true;
            }
        }
        return step;
    }
}
