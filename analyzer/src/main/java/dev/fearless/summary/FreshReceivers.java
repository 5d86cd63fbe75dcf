package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls made on an object its caller owns: one it has just created ({@code new Total().negate()},
 * or a local that only ever holds fresh objects) and not yet published, or one it was handed by callers
 * that own it. Published means stored in a field, array or collection, returned, thrown, copied to
 * another local, captured by a closure or local class, passed to code that may keep it, or seen by a
 * method run on it that lets {@code this} escape (or starts a thread the object keeps, which runs its code). Until then no other thread can reach the object, so
 * what the callee does to its fields is confined to the caller's thread.
 *
 * <p>The answers are memoized as they are asked; the questions asked once the thread model is built come
 * from rules that run at once, so each is asked under this object's monitor.
 */
final class FreshReceivers {

    /** How deep a method's same-object calls are followed to see whether it lets {@code this} escape. */
    private static final int LEAK_DEPTH = 3;
    /** How many fluent calls in a row are followed back to the object they start from. */
    private static final int FLUENT_DEPTH = 8;
    /** How many factories deep a factory's result is followed to the object it creates. */
    private static final int FACTORY_DEPTH = 3;
    /** How many callers deep a parameter is followed to the owned objects passed for it. */
    private static final int HANDED_DEPTH = 3;

    private final Program program;
    /** The owned parameters of internal methods: every caller passes an owned object, no use publishes it. */
    private final Map<MethodInfo, Set<String>> ownedParams = new HashMap<>();
    private final Map<MethodInfo, Boolean> leaks = new HashMap<>();
    private final Map<MethodInfo, Boolean> leaksBeyondReturn = new HashMap<>();
    private final Map<FieldInfo, Boolean> ownedFields = new HashMap<>();
    private final Map<MethodInfo, Boolean> factories = new HashMap<>();
    private final Map<MethodInfo, Map<String, Boolean>> handed = new HashMap<>();
    /** As {@link #handed}, for methods of any visibility, judged by the program's own calls alone. */
    private final Map<MethodInfo, Map<String, Boolean>> handedByTheProgram = new HashMap<>();

    private FreshReceivers(Program program) {
        this.program = program;
    }

    static FreshReceivers of(Program program) {
        FreshReceivers r = new FreshReceivers(program);
        r.findOwnedParams();
        return r;
    }

    /** Whether the call at {@code event} of {@code m} runs on an object {@code m}'s thread still owns. */
    synchronized boolean owned(MethodInfo m, int event) {
        if (!(m.facts().eventAt(event) instanceof Event.Call call)) {
            return false;
        }
        List<MethodInfo> targets = program.callGraph().targets(m, event);
        // returning `this` hands the object back to the caller, who owned it: the callee's own accesses
        // still run before anyone else can see it (what the caller does with the result is its own use)
        if (targets.isEmpty() || targets.stream().anyMatch(t -> t.facts().isStatic() || leaksBeyondReturn(t))) {
            return false;
        }
        return ownedValue(m, event, call.receiver());
    }

    /**
     * Whether the call at {@code event} of {@code m} is made on an object {@code m}'s thread has not
     * shared before it, though the callee may share it ({@code new ImportJob(n).run()}, where {@code run}
     * starts a thread on the job): no other thread has the object to make a call of its own at the same
     * time. A call repeated by a loop, to a method that may share the object, was shared by the pass
     * before.
     */
    synchronized boolean ownedBefore(MethodInfo m, int event) {
        if (!(m.facts().eventAt(event) instanceof Event.Call call)) {
            return false;
        }
        List<MethodInfo> targets = program.callGraph().targets(m, event);
        if (targets.isEmpty() || targets.stream().anyMatch(t -> t.facts().isStatic())
                || call.loop() >= 0 && targets.stream().anyMatch(this::leaksBeyondReturn)) {
            return false;
        }
        return ownedValue(m, event, call.receiver());
    }

    /**
     * Whether the call at {@code event} of {@code m} is made on one of {@code m}'s parameters that every
     * call of {@code m} in the program hands an object the caller owns, and that {@code m} has not
     * published before the call. Unlike {@link #ownedBefore}, {@code m} may be public or protected: code
     * outside the program may hand it an object at work, but the program itself never does (a factory's
     * {@code configure(connection)}, called only with the connection it has just made). The call may be made
     * through a local that holds the parameter ({@code Event info = (Event) o; info.setName(...)}), when it is the
     * local's only value and the local is not published before the call either.
     */
    synchronized boolean handedOwnedByTheProgram(MethodInfo m, int event) {
        if (!(m.facts().eventAt(event) instanceof Event.Call call) || m.facts().isClosure() || m.facts().varargs()) {
            return false;
        }
        AccessPath p = call.receiver().pathOrNull();
        String alias = p != null && !p.isField() && p.root() == Root.LOCAL ? p.rootName() : null;
        int copy = alias == null ? -1 : onlyCopyOfParameter(m, alias);
        if (copy >= 0) {
            p = ((Value.PathValue) ((Event.LocalAssign) m.facts().eventAt(copy)).value()).path();
        }
        if (p == null || p.isField() || p.root() != Root.PARAM || program.callGraph().callersOf(m).isEmpty()) {
            return false;
        }
        if (!callersHandOwned(m, indexOf(m, p.rootName()), HANDED_DEPTH - 1, true)) {
            return false;
        }
        LocalUses uses = LocalUses.of(program, m, p.rootName());
        if (!uses.assigned().isEmpty() || uses.captured() || !unpublishedBefore(m, p.rootName(), uses, event, copy)) {
            return false;
        }
        LocalUses aliasUses = copy < 0 ? null : LocalUses.of(program, m, alias);
        return aliasUses == null || !aliasUses.captured() && unpublishedBefore(m, alias, aliasUses, event, -1);
    }

    /** The event of {@code m} that assigns the local its only value, a parameter as it was given; -1 when there is none. */
    private static int onlyCopyOfParameter(MethodInfo m, String local) {
        if (!(m.facts().onlyAssignment(local) instanceof Value.PathValue held) || held.path().isField()
                || held.path().root() != Root.PARAM) {
            return -1;
        }
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.LocalAssign la && la.local().equals(local)) {
                return la.loop() >= 0 ? -1 : i;
            }
        }
        return -1;
    }

    /**
     * Whether the call at {@code event} of {@code m} runs on an object held in a field of {@code m}'s own
     * object that owns it ({@code this.total.negate()}): that object is as shared as {@code this} is.
     */
    synchronized boolean onOwnedField(MethodInfo m, int event) {
        if (!(m.facts().eventAt(event) instanceof Event.Call call)) {
            return false;
        }
        AccessPath p = call.receiver().pathOrNull();
        if (p == null || p.root() != Root.THIS || p.fields().size() != 1 || m.facts().isStatic()) {
            return false;
        }
        List<MethodInfo> targets = program.callGraph().targets(m, event);
        if (targets.isEmpty() || targets.stream().anyMatch(t -> t.facts().isStatic() || leaksThis(t, LEAK_DEPTH))) {
            return false;
        }
        FieldInfo f = program.field(m, p);
        return f != null && ownedFields.computeIfAbsent(f, this::ownsItsValue);
    }

    /**
     * Whether a private instance field only ever holds objects its own object created and never lets
     * them out: it is written only with fresh objects, and read only to call methods that keep them.
     */
    private boolean ownsItsValue(FieldInfo f) {
        if (f.facts().isStatic() || !Modifiers.has(f.facts().modifiers(), Modifiers.PRIVATE)
                || !(f.facts().initializer() instanceof Value.Absent || f.facts().initializer() instanceof Value.NewValue)) {
            return false;
        }
        String name = f.name();
        for (MethodInfo m : program.writtenInTopLevelOf(f.owner())) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e instanceof Event.FieldAccess fa) {
                    if (fa.kind().isWrite() && (names(fa.path(), name) && !(fa.value() instanceof Value.NewValue)
                            || names(fa.value(), name))) {
                        return false;
                    }
                } else if (e instanceof Event.Call c) {
                    if (c.args().stream().anyMatch(a -> names(a, name)) && !passedToOwnerAsField(m, i, name)) {
                        return false;
                    }
                    if (names(c.receiver(), name)) {
                        List<MethodInfo> targets = program.callGraph().targets(m, i);
                        if (targets.isEmpty() || targets.stream().anyMatch(t -> leaksThis(t, LEAK_DEPTH))) {
                            return false;
                        }
                    }
                } else if (e instanceof Event.NewObject n && n.args().stream().anyMatch(a -> names(a, name))
                        || e instanceof Event.LocalAssign la && names(la.value(), name)
                        || e instanceof Event.Return r && names(r.value(), name)
                        || e instanceof Event.Throw t && names(t.value(), name)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether event {@code i} passes the field only to program methods that neither keep nor publish it. */
    private boolean passedToOwnerAsField(MethodInfo m, int i, String field) {
        Event.Call call = (Event.Call) m.facts().eventAt(i);
        List<MethodInfo> targets = program.callGraph().targets(m, i);
        if (targets.isEmpty()) {
            return false;
        }
        for (int a = 0; a < call.args().size(); a++) {
            if (!names(call.args().get(a), field)) {
                continue;
            }
            for (MethodInfo t : targets) {
                List<dev.fearless.facts.Variable> params = t.facts().params();
                if (a >= params.size() || t.facts().varargs() && a >= params.size() - 1 || keeps(t, params.get(a).name())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean names(Value v, String field) {
        AccessPath p = v.pathOrNull();
        return p != null && names(p, field);
    }

    private static boolean names(AccessPath p, String field) {
        return p.isField() && p.fields().get(p.fields().size() - 1).equals(field);
    }

    /** Whether {@code v}, used at {@code event} of {@code m}, is an object {@code m}'s thread owns there. */
    private boolean ownedValue(MethodInfo m, int event, Value v) {
        if (v instanceof Value.NewValue || fluentResult(m, v, true, FLUENT_DEPTH)
                || factoryResult(m, v, FACTORY_DEPTH)) {
            return true;
        }
        AccessPath p = v.pathOrNull();
        if (p == null || p.isField()) {
            return false;
        }
        if (p.root() == Root.PARAM) {
            return ownedParams.getOrDefault(m, Set.of()).contains(p.rootName())
                    || handedOwned(m, p.rootName(), HANDED_DEPTH, false) && ownedUntil(m, p.rootName(), event);
        }
        return p.root() == Root.LOCAL && freshUntil(m, p.rootName(), event);
    }

    /**
     * Whether every caller of the internal method {@code m} passes, for {@code param}, an object it owns
     * (which {@code m} may then publish: {@code schedule(task)} reads the new task's deadline, then hands
     * it to the executor).
     */
    private boolean handedOwned(MethodInfo m, String param, int depth, boolean byTheProgram) {
        if (depth == 0 || !(byTheProgram ? called(m) : candidate(m))) {
            return false;
        }
        Map<String, Boolean> known = (byTheProgram ? handedByTheProgram : handed).computeIfAbsent(m, k -> new HashMap<>());
        Boolean done = known.get(param);
        if (done != null) {
            return done;
        }
        known.put(param, false); // a recursive call passes it on: not owned by that argument alone
        boolean result = callersHandOwned(m, indexOf(m, param), depth - 1, byTheProgram);
        known.put(param, result);
        return result;
    }

    /** Whether every call of {@code m} in the program passes, at argument {@code index}, an object its caller owns. */
    private boolean callersHandOwned(MethodInfo m, int index, int depth, boolean byTheProgram) {
        for (CallSite s : program.callGraph().callersOf(m)) {
            if (!(s.caller().facts().eventAt(s.event()) instanceof Event.Call call) || index < 0
                    || index >= call.args().size() || !ownedArgument(s.caller(), s.event(), call.args().get(index), depth, byTheProgram)) {
                return false;
            }
        }
        return true;
    }

    private boolean ownedArgument(MethodInfo m, int event, Value v, int depth, boolean byTheProgram) {
        AccessPath p = v.pathOrNull();
        if (p != null && !p.isField() && p.root() == Root.PARAM && !ownedParams.getOrDefault(m, Set.of()).contains(p.rootName())) {
            return handedOwned(m, p.rootName(), depth, byTheProgram) && ownedUntil(m, p.rootName(), event);
        }
        return ownedValue(m, event, v);
    }

    /**
     * Whether nothing that can run before {@code event} publishes the parameter: it is never assigned or
     * captured, its earlier escapes are to owned parameters, the methods run on it before keep {@code this}.
     */
    private boolean ownedUntil(MethodInfo m, String param, int event) {
        LocalUses uses = LocalUses.of(program, m, param);
        return uses.assigned().isEmpty() && !uses.captured() && unpublishedBefore(m, param, uses, event, -1);
    }

    /**
     * Whether the local only ever holds fresh objects (or no object: {@code null}) and nothing that can run
     * before {@code event} publishes it: its earlier escapes are to owned parameters, the methods run on it keep {@code this}.
     */
    private boolean freshUntil(MethodInfo m, String local, int event) {
        LocalUses uses = LocalUses.of(program, m, local);
        if (!(uses.onlyFresh() || !uses.assigned().isEmpty() && uses.assigned().stream().allMatch(
                v -> v instanceof Value.NewValue || v instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.NULL
                        || fluentResult(m, v, false, FLUENT_DEPTH) || factoryResult(m, v, FACTORY_DEPTH))) || uses.captured()) {
            return false;
        }
        return unpublishedBefore(m, local, uses, event, -1);
    }

    /** As above; {@code copy}, when not -1, is an escape that only copies the local to an alias judged on its own. */
    private boolean unpublishedBefore(MethodInfo m, String local, LocalUses uses, int event, int copy) {
        for (int i : uses.escapes()) {
            if (i != event && i != copy && Construction.before(m, i, event) && !passedToOwner(m, i, local)) {
                return false;
            }
        }
        for (int i : uses.callsOn()) {
            if (i != event && Construction.before(m, i, event)) {
                List<MethodInfo> targets = program.callGraph().targets(m, i);
                if (targets.isEmpty() || targets.stream().anyMatch(t -> leaksThis(t, LEAK_DEPTH))
                        && !(m.facts().callAt(i).resultIgnored() && targets.stream().noneMatch(this::leaksBeyondReturn))) {
                    return false; // a fluent call's result, the object itself, is kept somewhere
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code v} is the result of fluent calls on an object {@code m}'s thread owns
     * ({@code new Settings().withLevel(l).withDestination(d)}): each call runs program methods that return
     * only {@code this} and let it out no other way, and each intermediate result is used only as the
     * receiver of the next call. The chain starts at a {@code new}, or, when {@code fromLocals}, also at an
     * owned local or parameter (a local's own assignments are judged with {@code fromLocals} false, so
     * that {@code x = x.withLevel(l)} does not judge {@code x} by itself).
     */
    private boolean fluentResult(MethodInfo m, Value v, boolean fromLocals, int depth) {
        if (depth == 0 || !(v instanceof Value.CallResult cr) || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call)) {
            return false;
        }
        List<MethodInfo> targets = program.callGraph().targets(m, cr.eventIndex());
        if (targets.isEmpty() || !targets.stream().allMatch(t -> returnsOnlyThis(t) && !leaksBeyondReturn(t))) {
            return false;
        }
        Value receiver = call.receiver();
        return receiver instanceof Value.NewValue || fluentResult(m, receiver, fromLocals, depth - 1)
                || fromLocals && receiver.pathOrNull() != null && !receiver.pathOrNull().isField()
                && ownedValue(m, cr.eventIndex(), receiver);
    }

    /** As {@link #factoryResult(MethodInfo, Value, int)}, for callers outside the thread roots. */
    synchronized boolean factoryResult(MethodInfo m, Value v) {
        return factoryResult(m, v, FACTORY_DEPTH);
    }

    /**
     * Whether {@code v} is the result of a call of program factories ({@code HintsReader.open(file)},
     * {@code newCall(method, args)}): methods whose every return gives a new object that nothing else
     * holds yet ({@link #freshFactory}). Its caller then owns it, as it owns what it creates itself.
     */
    private boolean factoryResult(MethodInfo m, Value v, int depth) {
        if (depth == 0 || !(v instanceof Value.CallResult cr) || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call)) {
            return false;
        }
        // an interface's or abstract class's declaration is judged by the program's implementations of it
        List<MethodInfo> targets = program.callGraph().targets(m, cr.eventIndex()).stream()
                .filter(t -> !t.facts().isAbstract()).toList();
        return !targets.isEmpty() && targets.stream().allMatch(t -> freshFactory(t, depth));
    }

    /**
     * Whether every return of {@code t} gives a new object nothing else holds: one it creates there, a
     * local that only ever holds new objects and is not published before the return, or the result of
     * another such factory. A method with no code (abstract, an interface's) is not known to.
     */
    private boolean freshFactory(MethodInfo t, int depth) {
        Boolean known = factories.get(t);
        if (known != null) {
            return known;
        }
        if (t.facts().isAbstract() || t.facts().isInitialization()) {
            return false;
        }
        factories.put(t, false); // a factory that calls itself is not shown fresh by that call
        boolean any = false;
        boolean fresh = true;
        List<Event> events = t.facts().events();
        for (int i = 0; i < events.size() && fresh; i++) {
            if (events.get(i) instanceof Event.Return r) {
                any = true;
                fresh = freshReturn(t, r.value(), i, depth);
            }
        }
        boolean result = any && fresh;
        factories.put(t, result);
        return result;
    }

    /** Whether the value {@code t} returns at event {@code i} is a new object nothing else holds (each one of a choice). */
    private boolean freshReturn(MethodInfo t, Value v, int i, int depth) {
        if (v instanceof Value.Choice c) {
            return c.options().stream().allMatch(o -> freshReturn(t, o, i, depth));
        }
        AccessPath p = v.pathOrNull();
        return v instanceof Value.NewValue || factoryResult(t, v, depth - 1)
                || p != null && !p.isField() && p.root() == Root.LOCAL && freshUntil(t, p.rootName(), i);
    }

    /** Whether {@code t} is an instance method with code whose every return gives back {@code this}. */
    private static boolean returnsOnlyThis(MethodInfo t) {
        if (t.facts().isStatic() || t.facts().isAbstract()) {
            return false;
        }
        boolean any = false;
        for (Event e : t.facts().events()) {
            if (e instanceof Event.Return r) {
                if (!isThis(r.value())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Whether {@code m} may let {@code this} out other than by returning it to its caller. */
    private boolean leaksBeyondReturn(MethodInfo m) {
        return leaksBeyondReturn.computeIfAbsent(m, x -> computeLeak(x, LEAK_DEPTH, false));
    }

    /**
     * Whether {@code m} may keep or publish what it is handed in {@code param}: it stores it, hands it to
     * another thread, captures it, or runs on it a method that lets {@code this} escape.
     */
    private boolean keeps(MethodInfo m, String param) {
        if (Retention.retains(program, m, param, 2)) {
            return true;
        }
        LocalUses uses = LocalUses.of(program, m, param);
        if (uses.captured()) {
            return true;
        }
        for (int i : uses.callsOn()) {
            List<MethodInfo> targets = program.callGraph().targets(m, i);
            if (targets.isEmpty() || targets.stream().anyMatch(t -> leaksThis(t, LEAK_DEPTH))) {
                return true;
            }
        }
        for (int i : uses.escapes()) {
            Event e = m.facts().eventAt(i);
            if (!(e instanceof Event.Call) || program.callGraph().targets(m, i).isEmpty()) {
                return true; // returned, stored, copied, or passed to code we cannot see
            }
        }
        return false;
    }

    /**
     * Whether event {@code i} only passes {@code local} to program methods that own it in turn or
     * neither keep nor publish it.
     */
    private boolean passedToOwner(MethodInfo m, int i, String local) {
        if (!(m.facts().eventAt(i) instanceof Event.Call call)) {
            return false;
        }
        List<MethodInfo> targets = program.callGraph().targets(m, i);
        if (targets.isEmpty()) {
            return false;
        }
        for (int a = 0; a < call.args().size(); a++) {
            if (!LocalUses.is(call.args().get(a), local)) {
                continue;
            }
            for (MethodInfo t : targets) {
                List<dev.fearless.facts.Variable> params = t.facts().params();
                if (a >= params.size() || t.facts().varargs() && a >= params.size() - 1
                        || !ownedParams.getOrDefault(t, Set.of()).contains(params.get(a).name())
                        && keeps(t, params.get(a).name())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The greatest set of owned parameters: start from every parameter of every internal method, and
     * drop those some caller passes a shared object for, or some use publishes, until none changes.
     */
    private void findOwnedParams() {
        for (MethodInfo m : program.methods()) {
            if (candidate(m)) {
                Set<String> params = new HashSet<>();
                for (var p : m.facts().params()) {
                    params.add(p.name());
                }
                if (!params.isEmpty()) {
                    ownedParams.put(m, params);
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MethodInfo m : program.methods()) {
                Set<String> params = ownedParams.get(m);
                if (params == null) {
                    continue;
                }
                for (String p : List.copyOf(params)) {
                    if (!stillOwned(m, p)) {
                        params.remove(p);
                        changed = true;
                    }
                }
            }
        }
    }

    /** Internal methods: no code outside the program calls them, so the program's callers are all of them. */
    private boolean candidate(MethodInfo m) {
        MethodFacts f = m.facts();
        return called(m) && !Modifiers.has(f.modifiers(), Modifiers.PUBLIC) && !Modifiers.has(f.modifiers(), Modifiers.PROTECTED);
    }

    /** Whether {@code m} is a method with a body of its own, of a class, that the program calls (of any visibility). */
    private boolean called(MethodInfo m) {
        MethodFacts f = m.facts();
        return f.kind() == MethodFacts.Kind.METHOD && !f.isClosure() && !f.isAbstract() && !f.varargs()
                && !m.owner().isInterface() && !program.callGraph().callersOf(m).isEmpty();
    }

    private boolean stillOwned(MethodInfo m, String param) {
        LocalUses uses = LocalUses.of(program, m, param);
        if (!uses.assigned().isEmpty() || uses.captured()) {
            return false;
        }
        for (int i : uses.escapes()) {
            if (!passedToOwner(m, i, param)) {
                return false;
            }
        }
        for (int i : uses.callsOn()) {
            List<MethodInfo> targets = program.callGraph().targets(m, i);
            if (targets.isEmpty() || targets.stream().anyMatch(t -> leaksThis(t, LEAK_DEPTH))) {
                return false;
            }
        }
        int index = indexOf(m, param);
        for (CallSite s : program.callGraph().callersOf(m)) {
            Event at = s.caller().facts().eventAt(s.event());
            if (!(at instanceof Event.Call call) || index >= call.args().size()
                    || !ownedValue(s.caller(), s.event(), call.args().get(index))) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(MethodInfo m, String param) {
        List<dev.fearless.facts.Variable> params = m.facts().params();
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(param)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether running {@code m} may let its {@code this} escape: it passes, stores, returns or throws
     * {@code this}, writes code that may run elsewhere with it (a closure or local class not run here),
     * or makes a same-object call that may (unresolved calls are taken to).
     */
    boolean leaksThis(MethodInfo m, int depth) {
        Boolean known = leaks.get(m);
        if (known != null) {
            return known;
        }
        boolean result = computeLeak(m, depth, true);
        if (depth == LEAK_DEPTH || result) {
            leaks.put(m, result);
        }
        return result;
    }

    private boolean computeLeak(MethodInfo m, int depth, boolean returning) {
        if (depth < 0) {
            return true;
        }
        for (MethodInfo inner : program.nestedIn(m)) {
            if (!inner.facts().isClosure() || inner.facts().dispatch() != Dispatch.HERE || computeLeak(inner, depth - 1, true)) {
                return true;
            }
        }
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (handsOutThis(e, returning) || startsOwnThread(m, e)) {
                return true;
            }
            if (e instanceof Event.Call call && onItself(call)) {
                List<MethodInfo> targets = program.callGraph().targets(m, i);
                if (targets.isEmpty()) {
                    return true; // an inherited method we cannot see (Thread.start, a registration)
                }
                for (MethodInfo t : targets) {
                    if (!t.facts().isStatic() && t != m && leaksThis(t, depth - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the event itself lets {@code this} out: passes it to a call or a constructor, stores it in a
     * field, copies it to a local, throws it, or, when {@code returning} counts, returns it.
     */
    static boolean handsOutThis(Event e, boolean returning) {
        return e instanceof Event.Call call && call.args().stream().anyMatch(FreshReceivers::isThis)
                || e instanceof Event.NewObject n && n.args().stream().anyMatch(FreshReceivers::isThis)
                || e instanceof Event.FieldAccess fa && fa.kind().isWrite() && isThis(fa.value())
                || e instanceof Event.LocalAssign la && isThis(la.value())
                || returning && e instanceof Event.Return r && isThis(r.value())
                || e instanceof Event.Throw t && isThis(t.value());
    }

    /**
     * Whether the event starts a thread the object keeps ({@code worker.start()} on its own field, or on an
     * element of one, directly or through a local): such a thread was made by the object, with its
     * code, and starting it hands the object to that thread.
     */
    private boolean startsOwnThread(MethodInfo m, Event e) {
        if (!(e instanceof Event.Call call)
                || !program.knowledge().traitsByName(call.name(), call.args().size()).contains(MethodTrait.STARTS_RECEIVER)) {
            return false;
        }
        Value receiver = call.receiver();
        for (int step = 0; step < FLUENT_DEPTH; step++) {
            if (receiver instanceof Value.Element el) {
                receiver = el.of();
                continue;
            }
            AccessPath p = receiver.pathOrNull();
            if (p == null) {
                return false;
            }
            if (p.root() == Root.THIS || p.root() == Root.OUTER) {
                return true;
            }
            if (p.root() != Root.LOCAL || p.isField()) {
                return false;
            }
            Value assigned = m.facts().onlyAssignment(p.rootName());
            if (assigned == null) {
                return false;
            }
            receiver = assigned;
        }
        return false;
    }

    /** Whether the call is made on the object itself: unqualified, through {@code super} or {@code this}. */
    static boolean onItself(Event.Call call) {
        return call.receiver() instanceof Value.Implicit || call.receiver() instanceof Value.Super || isThis(call.receiver());
    }

    private static boolean isThis(Value v) {
        AccessPath p = v.pathOrNull();
        return p != null && p.isThis();
    }
}
