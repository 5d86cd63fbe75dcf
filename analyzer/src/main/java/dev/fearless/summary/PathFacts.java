package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Guard.TestKind;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/**
 * Which paths through a method can run: the conditions an event is nested under, as tests on the
 * method's parameters, and as facts about fields ({@code if (latch != null)} on a field that is null in
 * production never runs); and how a callee's condition reads at a call, given the arguments passed
 * ({@code enableAutoCompaction(false)} rules out the branch under {@code if (waitForFutures)}).
 */
public final class PathFacts {

    private final Program program;
    private final NullFields nulls;

    PathFacts(Program program) {
        this.program = program;
        this.nulls = new NullFields(program);
    }

    /**
     * The condition on {@code m}'s parameters under which event {@code e} of {@code m} runs, or {@code null}
     * when it never runs (a guard contradicts what is known about a field, or another guard).
     */
    public Condition at(MethodInfo m, Event e) {
        Condition result = Condition.ALWAYS;
        for (Guard g : m.facts().guardChain(e)) {
            for (Guard.Test t : g.implied()) {
                Boolean known = known(m, t.subject(), t.kind());
                if (Boolean.FALSE.equals(known)) {
                    return null;
                }
                String param = param(t.subject());
                if (known == null && param != null) {
                    result = result.and(new Condition.ParamTest(param, t.kind()));
                    if (result == null) {
                        return null;
                    }
                }
            }
        }
        return result;
    }

    /**
     * A callee's condition as it reads at the call (event {@code event} of {@code caller}): tests on
     * parameters given constants are decided, those given the caller's own parameters become tests on
     * them, the rest are unknown (and may hold). {@code null} when the arguments rule the condition out.
     */
    public Condition intoCaller(Condition when, MethodInfo caller, int event, MethodInfo callee) {
        if (when.always()) {
            return when;
        }
        Event e = caller.facts().events().get(event);
        List<Value> args = e instanceof Event.Call call && call.style() != Event.CallStyle.METHOD_REFERENCE ? call.args()
                : e instanceof Event.NewObject n ? n.args() : List.of();
        if (callee.closureParent() == caller || args.isEmpty()) {
            return Condition.ALWAYS;
        }
        var params = callee.facts().params();
        Condition result = Condition.ALWAYS;
        for (Condition.ParamTest t : when.tests()) {
            int index = -1;
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i).name().equals(t.param())) {
                    index = i;
                }
            }
            boolean spread = callee.facts().varargs() && index == params.size() - 1;
            if (index < 0 || index >= args.size() || spread) {
                continue;
            }
            Value arg = args.get(index);
            Boolean known = known(caller, arg, t.kind());
            if (Boolean.FALSE.equals(known)) {
                return null;
            }
            String param = param(arg);
            if (known == null && param != null) {
                result = result.and(new Condition.ParamTest(param, t.kind()));
                if (result == null) {
                    return null;
                }
            }
        }
        return result;
    }

    /**
     * Whether every call of {@code m} in the program rules out {@code when} (a condition on {@code m}'s
     * parameters): each caller passes a constant that contradicts it, never reaches the call, or passes
     * its own parameter, which every one of its callers in turn rules out (callers two levels up are
     * read). The program is taken as a closed world: a method it never calls is not ruled out.
     */
    public boolean ruledOutByCallers(MethodInfo m, Condition when) {
        return ruledOut(m, when, CALLER_LEVELS);
    }

    /** How many levels of callers a condition is read through. */
    private static final int CALLER_LEVELS = 2;

    private boolean ruledOut(MethodInfo m, Condition when, int levels) {
        if (when.always() || levels == 0 || m.facts().isClosure() || m.facts().isInitialization()) {
            return false;
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            Event e = s.caller().facts().events().get(s.event());
            if (e instanceof Event.Call c && c.style() == Event.CallStyle.METHOD_REFERENCE) {
                return false; // called later, with arguments this call site does not show
            }
            Condition site = at(s.caller(), e);
            Condition there = site == null ? null : intoCaller(when, s.caller(), s.event(), m);
            there = there == null ? null : site.and(there);
            if (there != null && !ruledOut(s.caller(), there, levels - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the test certainly holds ({@code true}), certainly fails ({@code false}), or cannot be told. */
    private Boolean known(MethodInfo m, Value v, TestKind kind) {
        if (kind == TestKind.COMPARED || kind == TestKind.EQUALS_INTEGER) {
            return null;
        }
        if (kind == TestKind.NOT_DONE) {
            return done(m, v, 2) ? Boolean.FALSE : null;
        }
        if (v instanceof Value.Literal lit) {
            return switch (lit.kind()) {
                case BOOLEAN -> kind == TestKind.IS_TRUE ? Boolean.valueOf(lit.text().equals("true"))
                        : kind == TestKind.IS_FALSE ? Boolean.valueOf(lit.text().equals("false")) : Boolean.valueOf(kind == TestKind.NOT_NULL);
                case NULL -> kind == TestKind.IS_NULL ? Boolean.TRUE : kind == TestKind.NOT_NULL ? Boolean.FALSE : null;
                case NUMBER -> kind == TestKind.POSITIVE || kind == TestKind.NOT_POSITIVE ? positive(lit.text(), kind)
                        : nonNull(kind);
                default -> nonNull(kind);
            };
        }
        if (v instanceof Value.NewValue || v instanceof Value.Closure) {
            return nonNull(kind);
        }
        AccessPath p = v.pathOrNull();
        if (p != null && p.isField() && nulls.alwaysNull(program.field(m, p))) {
            return kind == TestKind.IS_NULL ? Boolean.TRUE : kind == TestKind.NOT_NULL ? Boolean.FALSE : null;
        }
        return null;
    }

    /** Whether a numeric literal is above zero as {@code kind} says; {@code null} when its text is not a plain number. */
    private static Boolean positive(String text, TestKind kind) {
        String digits = text.replace("_", "");
        char last = digits.isEmpty() ? ' ' : Character.toLowerCase(digits.charAt(digits.length() - 1));
        if (last == 'l' || last == 'd' || last == 'f') {
            digits = digits.substring(0, digits.length() - 1);
        }
        try {
            boolean above = Double.parseDouble(digits) > 0;
            return kind == TestKind.POSITIVE ? above : !above;
        } catch (NumberFormatException notDecimal) {
            return null; // hex, octal or binary literals: not worth the parsing
        }
    }

    /** Whether the value is a future made done ({@code Futures.immediateFuture(v)}), or a local only ever holding one. */
    private boolean done(MethodInfo m, Value v, int depth) {
        if (v instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call) {
            return program.traits(m, call).contains(dev.fearless.knowledge.MethodTrait.DONE_RESULT);
        }
        AccessPath p = v.pathOrNull();
        if (depth > 0 && p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL) {
            Value only = m.facts().onlyAssignment(p.rootName());
            return only != null && done(m, only, depth - 1);
        }
        return false;
    }

    private static Boolean nonNull(TestKind kind) {
        return kind == TestKind.NOT_NULL ? Boolean.TRUE : kind == TestKind.IS_NULL ? Boolean.FALSE : null;
    }

    /** The parameter a value is, or {@code null}. */
    private static String param(Value v) {
        AccessPath p = v.pathOrNull();
        return p != null && p.root() == AccessPath.Root.PARAM && !p.isField() ? p.rootName() : null;
    }
}
