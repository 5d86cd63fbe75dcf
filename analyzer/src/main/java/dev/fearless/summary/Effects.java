package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every method of the program can do when called ({@link MethodEffects}) and what each call can
 * run ({@link CallTargets}), computed once by the {@link EffectSummarizer}; and what one call can do,
 * seen from the caller: its callees' effects moved into the caller's frame, with their conditions read
 * against the call's arguments.
 */
public final class Effects {

    /**
     * How many methods deep an effect is followed: a block reached through more calls than this passes
     * through too many branches the analysis does not see (a cache already filled, a future already
     * done) for the report to be believable, or checkable by its reader.
     */
    static final int MAX_DEPTH = 6;

    private final Program program;
    private final PathFacts paths;
    private final SourceFinder sources;
    private final Map<MethodInfo, MethodEffects> byMethod;
    private final Map<MethodInfo, CallTargets[]> targets;

    Effects(Program program, PathFacts paths, SourceFinder sources, Map<MethodInfo, MethodEffects> byMethod,
            Map<MethodInfo, CallTargets[]> targets) {
        this.program = program;
        this.paths = paths;
        this.sources = sources;
        this.byMethod = byMethod;
        this.targets = targets;
    }

    /** What calling {@code m} can do, in its own frame. */
    public MethodEffects of(MethodInfo m) {
        return byMethod.getOrDefault(m, MethodEffects.NONE);
    }

    /** Which paths can run, and how conditions read across calls. */
    public PathFacts paths() {
        return paths;
    }

    /** What the event at {@code event} of {@code m} can run. */
    public CallTargets targets(MethodInfo m, int event) {
        CallTargets[] calls = targets.get(m);
        return calls == null || event >= calls.length || calls[event] == null ? CallTargets.NONE : calls[event];
    }

    /**
     * Where the call at {@code event} of {@code m} can block, in {@code m}'s frame: the blocking library
     * call itself, or what the program methods it certainly runs can block on, as far as the call's
     * arguments allow; the locks on the way are those the callee takes. Empty when the call cannot
     * block, the event itself never runs, or every caller of {@code m} rules out the condition it blocks
     * under ({@link PathFacts#ruledOutByCallers}).
     */
    public List<Effect> blocksAt(MethodInfo m, int event) {
        Event e = m.facts().events().get(event);
        Condition here = paths.at(m, e);
        if (here == null) {
            return List.of();
        }
        if (e instanceof Event.Call call) {
            Effect direct = direct(program, m, event, call, here);
            if (direct != null) {
                return paths.ruledOutByCallers(m, direct.when()) ? List.of() : List.of(direct);
            }
        }
        List<Effect> result = new ArrayList<>();
        for (MethodInfo t : targets(m, event).certain()) {
            for (Effect inner : of(t).blocks()) {
                Effect folded = fold(inner, m, event, t, here, false);
                if (folded != null) {
                    result.add(folded);
                }
            }
        }
        result.removeIf(b -> paths.ruledOutByCallers(m, b.when()));
        return result;
    }

    /**
     * Where the call at {@code event} of {@code m} can run code the program does not know, in {@code m}'s
     * frame: the call itself (a callback handed in from outside, a plugin, a method no class implements),
     * or what the program methods it certainly runs can, as far as the call's arguments allow. Empty when
     * it cannot, or when the event itself never runs.
     */
    public List<Effect> unknownAt(MethodInfo m, int event) {
        Event e = m.facts().events().get(event);
        Condition here = paths.at(m, e);
        if (here == null) {
            return List.of();
        }
        CallTargets t = targets(m, event);
        List<Effect> result = new ArrayList<>();
        if (t.unknown() != null) {
            addResolved(result, m, unknown(m, event, t, here));
        }
        for (MethodInfo target : t.certain()) {
            for (Effect inner : of(target).unknown()) {
                Effect folded = fold(inner, m, event, target, here, false);
                if (folded != null) {
                    addResolved(result, m, folded);
                }
            }
        }
        return result;
    }

    /** Adds the effect, once what its carrier (if any) holds in {@code m} is known to be unknown code. */
    private void addResolved(List<Effect> into, MethodInfo m, Effect e) {
        if (e.carrier() == null) {
            into.add(e);
            return;
        }
        String why = why(sourcesOf(m, new Value.PathValue(e.carrier())));
        if (why != null) {
            into.add(withWhy(e, why));
        }
    }

    /** Why objects from these sources are unknown code, or {@code null} when the program supplies some itself. */
    static String why(Sources from) {
        if (!from.onlyFromOutside()) {
            return null;
        }
        if (from.external() == null) {
            return "created reflectively (a class named at run time)";
        }
        MethodInfo via = from.external();
        return via.facts().isConstructor() ? "handed in to `new " + via.owner().simpleName() + "(...)`"
                : "handed in by callers of `" + via.display() + "`";
    }

    private static Effect withWhy(Effect e, String why) {
        return new Effect(e.kind(), e.what() + ", " + why, e.path(), e.when(), e.releases(), e.bounded(),
                e.heldOnTheWay(), null, e.hook());
    }

    /** What a carrier of unknown code becomes at a call: a carrier of the caller, or why it is unknown there. */
    private record Carried(AccessPath carrier, String why) {
    }

    /**
     * Where the callee's carrier of unknown code leads at the call (event {@code event} of {@code m}): the
     * argument passed for a parameter, the field of an object made where the caller can see it (whose
     * constructor stores what it is given), the same field of the same object; {@code null} when the
     * caller gives known code.
     */
    private Carried carried(AccessPath carrier, MethodInfo m, int event, MethodInfo target) {
        Event e = m.facts().events().get(event);
        if (carrier.root() == AccessPath.Root.PARAM) {
            Value arg = argument(m, event, target, carrier.rootName());
            if (arg == null) {
                return null;
            }
            AccessPath own = CallTargetFinder.carrier(m, arg);
            return own != null ? new Carried(own, null) : because(why(sourcesOf(m, arg)));
        }
        String field = carrier.lastField();
        if (target.closureParent() == m) {
            return new Carried(carrier, null);
        }
        if (e instanceof Event.NewObject) {
            return because(madeWith(m, event, field));
        }
        Value receiver = ((Event.Call) e).receiver();
        boolean same = !target.facts().isStatic() && !m.facts().isStatic() && (receiver instanceof Value.Super
                || receiver.pathOrNull() != null && receiver.pathOrNull().isThis()
                || receiver instanceof Value.Implicit && program.isSubtype(m.owner().name(), target.owner().name()));
        if (same) {
            return new Carried(carrier, null);
        }
        Sources objects = sourcesOf(m, receiver);
        if (objects.allKnown() && !objects.creations().isEmpty() && objects.creations().size() >= objects.types().size()) {
            String why = null;
            for (Sources.Creation c : objects.creations()) {
                why = why != null ? why : madeWith(c.method(), c.event(), field);
            }
            return because(why);
        }
        return because(why(sourcesOf(target, new Value.PathValue(carrier))));
    }

    private static Carried because(String why) {
        return why == null ? null : new Carried(null, why);
    }

    /**
     * Why the field of the object made by {@code new} at event {@code event} of {@code m} holds unknown
     * code, from what its constructor stores there: the argument given for the parameter it stores, or
     * what else it stores; {@code null} when that is known code.
     */
    private String madeWith(MethodInfo m, int event, String field) {
        for (MethodInfo constructor : program.callGraph().targets(m, event)) {
            Value stored = null;
            for (Event x : constructor.facts().events()) {
                if (x instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isOwnField()
                        && fa.path().lastField().equals(field)) {
                    stored = fa.value();
                }
            }
            AccessPath own = stored == null ? null : CallTargetFinder.carrier(constructor, stored);
            String why;
            if (stored == null) {
                why = why(sourcesOf(constructor, new Value.PathValue(AccessPath.THIS_PATH.plus(field))));
            } else if (own != null && own.root() == AccessPath.Root.PARAM) {
                Value arg = argument(m, event, constructor, own.rootName());
                why = arg == null ? null : why(sourcesOf(m, arg));
            } else {
                why = why(sourcesOf(constructor, stored));
            }
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** The call at {@code event} of {@code m} runs unknown code, as {@code t} says. */
    static Effect unknown(MethodInfo m, int event, CallTargets t, Condition here) {
        return new Effect(Effect.Kind.UNKNOWN, t.unknown(), new Step(m, event, "runs " + t.unknown(), null), here,
                null, false, m.facts().events().get(event).held(), t.carrier(), t.hook());
    }

    /**
     * Whether the future the call at {@code event} waits for was settled just before on every path to it
     * ({@code updater.cancel(true); updater.get();}): an earlier call on the same receiver cancels or
     * completes it, under no condition the wait is not under, and nothing assigns the receiver in between.
     */
    public static boolean settledBefore(Program program, MethodInfo m, int event, Event.Call call) {
        AccessPath p = call.receiver().pathOrNull();
        if (p == null) {
            return false;
        }
        List<Event> events = m.facts().events();
        List<Guard> around = m.facts().guardChain(call);
        for (int j = event - 1; j >= 0; j--) {
            Event e = events.get(j);
            if (assigns(e, p)) {
                return false;
            }
            if (e instanceof Event.Call c && p.equals(c.receiver().pathOrNull())
                    && program.traits(m, c).contains(MethodTrait.SETTLES)
                    && around.containsAll(m.facts().guardChain(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the wait is made only where the same future was just seen done ({@code if (f.isDone()) f.get()}):
     * it is under a condition that a done-query on the same receiver answered true, and nothing assigns the
     * receiver between the two calls.
     */
    public static boolean seenDone(Program program, MethodInfo m, int event, Event.Call call) {
        Value receiver = call.receiver();
        AccessPath p = receiver.pathOrNull();
        if (p == null && !(receiver instanceof Value.Implicit)) {
            return false;
        }
        for (Guard g : m.facts().guardChain(call)) {
            for (Guard.Test t : g.implied()) {
                Event.Call query = t.kind() == Guard.TestKind.IS_TRUE && t.subject() instanceof Value.CallResult r
                        ? m.facts().callAt(r.eventIndex()) : null;
                if (query != null && receiver.equals(query.receiver())
                        && program.traits(m, query).contains(MethodTrait.DONE_QUERY)
                        && (p == null || !assignedBetween(m, p, ((Value.CallResult) t.subject()).eventIndex(), event))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean assignedBetween(MethodInfo m, AccessPath p, int from, int to) {
        List<Event> events = m.facts().events();
        for (int j = from + 1; j < to; j++) {
            if (assigns(events.get(j), p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the value is a field that only ever holds blocking queues made without a bound
     * ({@code new LinkedBlockingQueue<>()}): putting into one never waits.
     */
    private static boolean unboundedQueue(Program program, MethodInfo m, Value queue) {
        AccessPath p = queue.pathOrNull();
        FieldInfo f = p != null && p.isField() ? program.field(m, p) : null;
        List<StoredValue> stored = f == null ? null : StoredValue.of(f);
        if (stored == null || stored.isEmpty()) {
            return false;
        }
        for (StoredValue v : stored) {
            if (!(v.value() instanceof Value.NewValue nv) || !nv.anonymousType().isEmpty()
                    || !(v.method().facts().eventAt(nv.eventIndex()) instanceof Event.NewObject made) || !made.args().isEmpty()) {
                return false;
            }
            String type = program.resolveType(made.type(), v.method().owner());
            if (type == null || !program.is(type, TypeTrait.UNBOUNDED_QUEUE)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the event assigns the variable or field at {@code p}. */
    private static boolean assigns(Event e, AccessPath p) {
        return e instanceof Event.FieldAccess fa && fa.kind().isWrite() && p.equals(fa.path())
                || e instanceof Event.LocalAssign la && !p.isField() && la.local().equals(p.rootName());
    }

    /** A blocking library call made by the event itself (under condition {@code here}), or {@code null}. */
    static Effect direct(Program program, MethodInfo m, int event, Event.Call call, Condition here) {
        Set<MethodTrait> traits = program.traits(m, call);
        String what = Describe.value(m, call.receiver()) + "." + call.name() + "()";
        boolean bounded = traits.contains(MethodTrait.TIMED);
        LockRef releases = null;
        String note = "`" + what + "` waits here";
        MethodTrait side;
        if (traits.contains(MethodTrait.WAIT)) {
            releases = program.is(program.staticType(m, call.receiver()).name(), TypeTrait.CONDITION)
                    ? Monitors.lockOfCondition(program, m, call.receiver())
                    : Monitors.monitorOf(m, call.receiver());
            if (releases == null) {
                return null;
            }
        } else if (traits.contains(MethodTrait.GUARDED_WAIT) && call.receiver().pathOrNull() != null) {
            releases = LockRef.lock(LockRef.Kind.LOCK, call.receiver().pathOrNull());
        } else if (traits.contains(MethodTrait.BLOCKING) && !settledBefore(program, m, event, call)
                && !seenDone(program, m, event, call)
                && !(traits.contains(MethodTrait.HANDOFF) && unboundedQueue(program, m, call.receiver()))) {
            note = "`" + what + "` blocks here";
            AccessPath waited = call.receiver().pathOrNull();
            if (traits.contains(MethodTrait.JOIN) && waited != null && !waited.isField()
                    && waited.root() == AccessPath.Root.PARAM) {
                // a wait for a future the caller hands in: none when the caller hands in one already done
                here = here.and(new Condition.ParamTest(waited.rootName(), Guard.TestKind.NOT_DONE));
            }
            LockRef own = traits.contains(MethodTrait.JOIN) && program.is(program.staticType(m, call.receiver()).name(),
                    TypeTrait.THREAD) ? Monitors.monitorOf(m, call.receiver()) : null;
            if (own != null && call.held().contains(own)) {
                releases = own; // Thread.join waits on the thread's own monitor, which it releases meanwhile
            }
        } else if (traits.contains(MethodTrait.BLOCKING_IO) && (side = NetworkStreams.side(program, m, call.receiver())) != null) {
            // A read waits until the peer sends; a write only while the peer does not take what was sent.
            bounded = side == MethodTrait.NETWORK_OUTPUT;
            note = "`" + what + "` waits for the network peer here";
        } else {
            return null;
        }
        return new Effect(Effect.Kind.BLOCKS, what, new Step(m, event, note, null), here, releases, bounded,
                call.held(), null, false);
    }

    /**
     * A callee's effect as the caller sees it at the call (event {@code event} of {@code m}, which runs
     * under condition {@code here}): its condition read against the arguments, the lock a wait releases
     * and the locks taken on the way named in the caller's frame (with those held at the call when
     * {@code withCallLocks}: the caller's own summary; without them: what the callee alone takes), and
     * unknown code that is the callee's parameter read from the argument. {@code null} when the
     * arguments rule it out, when the argument is known code, when the lock a wait releases has no name
     * in the caller, or when the path would be cyclic or too long.
     */
    Effect fold(Effect inner, MethodInfo m, int event, MethodInfo target, Condition here, boolean withCallLocks) {
        int depth = 0;
        for (Step s = inner.path(); s != null; s = s.next()) {
            if (s.method() == m) {
                return null; // round a recursion: the same effect has a path without the detour
            }
            depth++;
        }
        if (depth >= MAX_DEPTH || handsOtherClosure(inner, m, event, target)) {
            return null;
        }
        Condition when = paths.intoCaller(inner.when(), m, event, target);
        when = when == null ? null : here.and(when);
        if (when == null) {
            return null;
        }
        LockRef releases = null;
        if (inner.releases() != null) {
            releases = Frames.intoCaller(inner.releases(), m, event, target, program);
            if (releases == null) {
                return null;
            }
        }
        String what = inner.what();
        AccessPath carrier = null;
        if (inner.carrier() != null) {
            Carried c = carried(inner.carrier(), m, event, target);
            if (c == null) {
                return null; // the caller gives known code (or what it gives cannot be told)
            }
            carrier = c.carrier();
            what = c.why() == null ? what : what + ", " + c.why();
        }
        LockSet held = withCallLocks ? m.facts().events().get(event).held() : LockSet.EMPTY;
        for (LockRef l : inner.heldOnTheWay().locks()) {
            LockRef mapped = Frames.intoCaller(l, m, event, target, program);
            if (mapped != null) {
                held = held.plus(mapped);
            }
        }
        return new Effect(inner.kind(), what, new Step(m, event, "", inner.path()), when, releases,
                inner.bounded(), held, carrier, inner.hook());
    }

    /**
     * Whether the effect comes from a closure the callee runs through one of its parameters
     * ({@code runnable.run()}), and this call passes another closure for it (written here, or kept in a
     * local that only holds it): the closures other callers pass do not run at this call.
     */
    private static boolean handsOtherClosure(Effect inner, MethodInfo m, int event, MethodInfo target) {
        MethodInfo closure = closureViaParameter(inner);
        if (closure == null || inner.path().method() != target) {
            return false;
        }
        Event.Call c = (Event.Call) target.facts().eventAt(inner.path().event());
        Value arg = argument(m, event, target, c.receiver().pathOrNull().rootName());
        AccessPath local = arg == null ? null : arg.pathOrNull();
        if (local != null && local.root() == AccessPath.Root.LOCAL && !local.isField()) {
            arg = m.facts().onlyAssignment(local.rootName());
        }
        MethodInfo passed = arg == null ? null : m.closure(arg);
        return passed != null && passed != closure;
    }

    /**
     * The closure an effect comes from when its method runs it through a parameter ({@code runnable.run()}
     * reaching a lambda some caller passes), or {@code null}.
     */
    static MethodInfo closureViaParameter(Effect e) {
        Step first = e.path();
        Step next = first.next();
        if (next == null || !next.method().facts().isClosure()
                || !(first.method().facts().eventAt(first.event()) instanceof Event.Call c)) {
            return null;
        }
        AccessPath p = c.receiver().pathOrNull();
        return p == null || p.root() != AccessPath.Root.PARAM || p.isField() ? null : next.method();
    }

    /** The argument the call at {@code event} of {@code m} passes for {@code target}'s parameter, or null. */
    private static Value argument(MethodInfo m, int event, MethodInfo target, String param) {
        Event e = m.facts().events().get(event);
        List<Value> args = e instanceof Event.Call c && c.style() != Event.CallStyle.METHOD_REFERENCE ? c.args()
                : e instanceof Event.NewObject n ? n.args() : null;
        var params = target.facts().params();
        for (int i = 0; args != null && i < params.size(); i++) {
            if (params.get(i).name().equals(param)) {
                boolean spread = target.facts().varargs() && i == params.size() - 1;
                return spread || i >= args.size() ? null : args.get(i);
            }
        }
        return null;
    }

    /** The sources of a value; the finder memoizes as it goes, so rules asking in parallel take turns. */
    public Sources sourcesOf(MethodInfo m, Value v) {
        synchronized (sources) {
            return sources.of(m, v);
        }
    }
}
