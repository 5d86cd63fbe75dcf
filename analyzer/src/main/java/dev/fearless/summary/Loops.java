package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Assertion;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Executors that are one thread: an event loop or a {@code Timer} (a type the knowledge base marks
 * {@code event-loop}), or a field only ever holding {@code Executors.newSingleThreadExecutor()}. The
 * tasks handed to one of them, and the code that checks it runs on it ({@code if (loop.inEventLoop())}),
 * run on one logical thread, and so does the code after an assertion of it ({@code assert loop.inEventLoop()}), named after how the code reaches the executor (its field, or the call that
 * returns it), within the top-level class the code is written in.
 */
final class Loops {

    private static final int DEPTH = 4;
    /** How many calls, fields and superclasses deep an executor's making is followed. */
    private static final int MAKING_DEPTH = 8;

    private final Program program;
    private final PipelineHandlers handlers;
    private final HandWrittenLoops handWritten;
    private final DispatchedExecutors dispatched;
    private final Map<MethodInfo, java.util.Optional<LogicalThread>> helperLoops = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<MethodInfo, Map<Integer, LogicalThread>> checked = new java.util.concurrent.ConcurrentHashMap<>();

    Loops(Program program) {
        this.program = program;
        this.handlers = new PipelineHandlers(program);
        this.handWritten = new HandWrittenLoops(program);
        this.dispatched = new DispatchedExecutors(program);
    }

    /** The one thread that runs {@code m} when it is a callback of a pipeline handler not shared between channels. */
    LogicalThread callbackLoop(MethodInfo m) {
        return handlers.callbackLoop(m);
    }

    /** The one thread that runs what {@code executor} (a value of {@code m}) is handed, or {@code null}. */
    LogicalThread loopOf(MethodInfo m, Value executor) {
        return loopOf(m, executor, 0);
    }

    private LogicalThread loopOf(MethodInfo m, Value executor, int depth) {
        Value v = resolve(m, executor, 0);
        if (handlerExecutor(m, v) && !contextOfItsOwn(m, v)) {
            return handlers.executorLoop(m);
        }
        if (!oneThread(m, v, 0)) {
            return null;
        }
        LogicalThread handedIn = handedIn(m, v, depth);
        if (handedIn != null) {
            return handedIn;
        }
        String name = name(m, v, 0);
        if (name == null) {
            return null;
        }
        String top = scope(m, name);
        if (!eventLoopType(m, v) && !handWritten.isLoop(program.staticType(m, v).name())) {
            return new LogicalThread(LogicalThread.Kind.LOOP, top + ":" + name, "the single-thread executor `" + name + "`",
                    m.path(), null);
        }
        return new LogicalThread(typeHas(program, program.staticType(m, v).name(), TypeTrait.TIMER)
                ? LogicalThread.Kind.LOOP : LogicalThread.Kind.EVENT_LOOP, top + ":" + name, "the event loop `" + name + "`",
                m.path(), null);
    }

    /**
     * The events of {@code m} that run only on an executor's own thread: those under a check that the
     * calling thread is the executor's ({@code if (executor.inEventLoop()) ...}, or after
     * {@code if (!executor.inEventLoop()) { ...; return; }}) or after an assertion of it
     * ({@code assert executor.inEventLoop();}), each with that executor's thread.
     */
    Map<Integer, LogicalThread> checkedEvents(MethodInfo m) {
        return checked.computeIfAbsent(m, this::findCheckedEvents);
    }

    private Map<Integer, LogicalThread> findCheckedEvents(MethodInfo m) {
        List<Guard> guards = m.facts().guards();
        Map<Integer, LogicalThread> result = new HashMap<>();
        for (Assertion a : m.facts().assertions()) {
            LogicalThread loop = assertedLoop(m, a);
            for (int i = a.from(); loop != null && i < a.to(); i++) {
                result.put(i, loop);
            }
        }
        assertedByHelpers(m, result);
        if (guards.isEmpty()) {
            return result.isEmpty() ? Map.of() : result;
        }
        Map<Integer, LogicalThread> byGuard = new HashMap<>();
        for (int g = 0; g < guards.size(); g++) {
            for (Guard.Test t : guards.get(g).implied()) {
                LogicalThread loop = t.kind() == Guard.TestKind.IS_TRUE ? checkedLoop(m, t.subject()) : null;
                if (loop != null) {
                    byGuard.put(g, loop);
                }
            }
        }
        if (byGuard.isEmpty()) {
            return result.isEmpty() ? Map.of() : result;
        }
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            for (int g = events.get(i).guard(); g >= 0 && g < guards.size(); g = guards.get(g).parent()) {
                LogicalThread loop = byGuard.get(g);
                if (loop != null) {
                    result.putIfAbsent(i, loop);
                    break;
                }
            }
        }
        return result;
    }

    /** The executor whose own thread the assertion states the code after it runs on, or {@code null}. */
    private LogicalThread assertedLoop(MethodInfo m, Assertion a) {
        for (Guard.Test t : a.implied()) {
            LogicalThread loop = t.kind() == Guard.TestKind.IS_TRUE ? checkedLoop(m, t.subject()) : null;
            if (loop != null) {
                return loop;
            }
        }
        return null;
    }

    /**
     * Marks the events of {@code m} that run after a call of a helper that asserts, for the rest of its
     * body, that its caller is on an executor's own thread ({@code assertEventLoop();} whose body is
     * {@code assert loop.inEventLoop();}): the helper returns only where that holds. The call must be
     * made on the object itself, and an event counts when it runs after the call whenever the call
     * runs: under the same branches and loops.
     */
    private void assertedByHelpers(MethodInfo m, Map<Integer, LogicalThread> result) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Call call)) {
                continue;
            }
            LogicalThread loop = null;
            if (methodTraits(m, call).contains(MethodTrait.ASSERTS_OWN_THREAD)) {
                loop = assertingCallLoop(m, call);
            } else if (call.receiver().isSelf()) {
                List<MethodInfo> targets = program.callGraph().targets(m, i);
                loop = targets.size() == 1 && !targets.get(0).facts().assertions().isEmpty() ? helperLoop(targets.get(0)) : null;
            }
            if (loop == null) {
                continue;
            }
            for (int j = i + 1; j < events.size(); j++) {
                if (VariableUses.guardWithin(m, call.guard(), events.get(j).guard())
                        && VariableUses.loopWithin(m, call.loop(), events.get(j).loop())) {
                    result.putIfAbsent(j, loop);
                }
            }
        }
    }

    /** The executor whose own thread a library call that returns only there ({@link MethodTrait#ASSERTS_OWN_THREAD}) asserts. */
    private LogicalThread assertingCallLoop(MethodInfo m, Event.Call call) {
        String name = name(m, resolve(m, call.receiver(), 0), 0);
        return name == null ? null : new LogicalThread(LogicalThread.Kind.EVENT_LOOP, scope(m, name) + ":" + name,
                "the event loop `" + name + "`", m.path(), null);
    }


    /** The executor a helper asserts its caller is on, for the whole rest of its body; {@code null} if none. */
    private LogicalThread helperLoop(MethodInfo helper) {
        return helperLoops.computeIfAbsent(helper, h -> {
            int end = h.facts().events().size();
            for (Assertion a : h.facts().assertions()) {
                LogicalThread loop = a.to() == end ? assertedLoop(h, a) : null;
                if (loop != null) {
                    return java.util.Optional.of(loop);
                }
            }
            return java.util.Optional.<LogicalThread>empty();
        }).orElse(null);
    }

    /**
     * Where an executor named {@code name} in {@code m}'s code is the same one: the top-level class the code
     * is written in; for the object itself ({@code this}) or one of its fields (or an enclosing instance's),
     * the whole line of program classes it extends, whose code all runs on the one object (a loop's
     * {@code run()} in a subclass, its task queue in the base; a channel's {@code eventLoop} in its base
     * class and subclasses and their inner classes).
     */
    private String scope(MethodInfo m, String name) {
        TypeInfo top = m.owner().topLevel();
        TypeInfo object = name.equals("this") ? top : fieldOwner(m.owner(), name);
        if (object != null) {
            top = object.topLevel();
            for (TypeInfo up = top.superclass() == null ? null : program.type(top.superclass()); up != null;
                 up = up.superclass() == null ? null : program.type(up.superclass())) {
                top = up.topLevel();
            }
        }
        return top.name();
    }

    /**
     * The program class that declares the instance field {@code name} of the object or of an enclosing
     * instance, looked up along each one's program superclasses; {@code null} when the name is no such
     * field. The executor such a field holds is the object's, whichever class of its line names it.
     */
    private TypeInfo fieldOwner(TypeInfo owner, String name) {
        for (TypeInfo t = owner; t != null; t = t.enclosing()) {
            for (TypeInfo c = t; c != null; c = c.superclass() == null ? null : program.type(c.superclass())) {
                var f = c.declaredField(name);
                if (f != null) {
                    return f.facts().isStatic() ? null : c;
                }
            }
        }
        return null;
    }

    /** The executor whose own thread a tested value says the caller is on, or {@code null}. */
    private LogicalThread checkedLoop(MethodInfo m, Value tested) {
        Value v = resolve(m, tested, 0);
        if (!(v instanceof Value.CallResult cr) || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call check)
                || !methodTraits(m, check).contains(MethodTrait.ON_OWN_THREAD) && !ownThreadTest(m, cr.eventIndex())
                && !(check.args().isEmpty()
                    && dispatched.isOwnThreadTest(program.staticType(m, check.receiver()).name(), check.name()))) {
            return null;
        }
        Value executor = resolve(m, check.receiver(), 0);
        if (handlerExecutor(m, executor) && !contextOfItsOwn(m, executor)) {
            return handlers.executorLoop(m);
        }
        LogicalThread handedIn = handedIn(m, executor, 0);
        if (handedIn != null) {
            return handedIn;
        }
        String name = name(m, executor, 0);
        if (name == null) {
            return null;
        }
        return new LogicalThread(LogicalThread.Kind.EVENT_LOOP, scope(m, name) + ":" + name,
                "the event loop `" + name + "`", m.path(), null);
    }

    /** Whether the call at {@code event} of {@code m} asks a hand-written loop whether its caller is on the loop's thread. */
    private boolean ownThreadTest(MethodInfo m, int event) {
        List<MethodInfo> targets = program.callGraph().targets(m, event);
        return targets.size() == 1 && handWritten.isOwnThreadTest(targets.get(0));
    }

    /**
     * The loop of the executor a field of the object holds when the object's constructors only store there
     * what their callers hand them, and every call of those constructors in the program hands the same
     * loop of the caller's ({@code new Rescheduler(task, syncContext, ...)} in gRPC's channel, whose
     * synchronization context the rescheduler's {@code serializingExecutor} then is): one executor, named
     * as its makers name it. {@code null} when the field holds anything else, or callers hand different ones.
     */
    private LogicalThread handedIn(MethodInfo m, Value v, int depth) {
        AccessPath p = v == null ? null : v.pathOrNull();
        if (depth > DEPTH || p == null || p.fields().size() != 1
                || p.root() != AccessPath.Root.THIS && p.root() != AccessPath.Root.OUTER) {
            return null;
        }
        FieldInfo f = program.field(m, p);
        List<StoredValue> stored = f == null || f.facts().isStatic() ? null : StoredValue.of(f);
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        LogicalThread found = null;
        for (StoredValue s : stored) {
            Value value = s.initializer() ? null : resolve(s.method(), s.value(), 0);
            AccessPath param = value == null ? null : value.pathOrNull();
            if (!s.method().facts().isConstructor() || param == null || param.root() != AccessPath.Root.PARAM
                    || param.isField()) {
                return null;
            }
            int index = parameterIndex(s.method(), param.rootName());
            List<CallSite> callers = index < 0 ? List.of() : program.callGraph().callersOf(s.method());
            if (callers.isEmpty()) {
                return null;
            }
            for (CallSite c : callers) {
                Event e = c.caller().facts().eventAt(c.event());
                List<Value> args = e instanceof Event.Call call && call.style() != Event.CallStyle.METHOD_REFERENCE
                        ? call.args() : e instanceof Event.NewObject n ? n.args() : List.of();
                LogicalThread loop = index < args.size() ? loopOf(c.caller(), args.get(index), depth + 1) : null;
                if (loop == null || found != null && !found.same(loop)) {
                    return null;
                }
                found = loop;
            }
        }
        return found;
    }

    /** The index of {@code m}'s parameter named {@code name}; -1 when none is (or it is the varargs one). */
    static int parameterIndex(MethodInfo m, String name) {
        int i = m.facts().paramIndex(name);
        return m.facts().varargs() && i == m.facts().params().size() - 1 ? -1 : i;
    }

    /**
     * Whether {@code v}, a handler context's executor, is asked of a context that code outside any pipeline
     * handler keeps in a field of its object ({@code chctx.executor()} in a connection bound to one
     * context, vert.x's {@code VertxConnection}): a context's executor is one event loop for the context's
     * whole life, named as the object's other executors are, by the field it is reached through.
     */
    private boolean contextOfItsOwn(MethodInfo m, Value v) {
        if (handlers.handlerCode(m.owner())) {
            return false;
        }
        Value at = v;
        for (int step = 0; step <= DEPTH && at instanceof Value.CallResult cr
                && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call; step++) {
            at = resolve(m, call.receiver(), 0);
        }
        AccessPath p = at == null ? null : at.pathOrNull();
        return p != null && p.isField() && (p.root() == AccessPath.Root.THIS || p.root() == AccessPath.Root.OUTER);
    }

    /**
     * Whether the value is a pipeline handler's executor: {@code ctx.executor()}, or the event loop of the
     * context's channel, {@code ctx.channel().eventLoop()}.
     */
    private boolean handlerExecutor(MethodInfo m, Value v) {
        if (!(v instanceof Value.CallResult cr) || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call)) {
            return false;
        }
        Set<MethodTrait> traits = methodTraits(m, call);
        return traits.contains(MethodTrait.HANDLER_EXECUTOR) || traits.contains(MethodTrait.CHANNEL_EXECUTOR)
                && resolve(m, call.receiver(), 0) instanceof Value.CallResult channel
                && m.facts().eventAt(channel.eventIndex()) instanceof Event.Call channelCall
                && methodTraits(m, channelCall).contains(MethodTrait.HANDLER_CHANNEL);
    }

    /** Whether the value is an executor that runs everything on one thread. */
    private boolean oneThread(MethodInfo m, Value v, int depth) {
        if (depth > MAKING_DEPTH || v == null) {
            return false;
        }
        if (eventLoopType(m, v) || handWritten.isLoop(program.staticType(m, v).name())) {
            return true;
        }
        if (v instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call) {
            return methodTraits(m, call).contains(MethodTrait.SINGLE_THREAD_EXECUTOR)
                    || documentedSerial(m, cr.eventIndex()) || builtSerial(m, cr, call, depth)
                    || returnsOneThread(m, cr.eventIndex(), depth);
        }
        if (v instanceof Value.NewValue nv && nv.anonymousType().isEmpty()
                && m.facts().eventAt(nv.eventIndex()) instanceof Event.NewObject n) {
            return oneThreadPool(program.resolveType(n.type(), m.owner()), n.args(), depth);
        }
        AccessPath p = v.pathOrNull();
        if (p != null && p.isField()) {
            FieldInfo f = program.field(m, p);
            return f != null && onlyHolds(f, depth);
        }
        if (p != null && p.root() == AccessPath.Root.PARAM) {
            return handedOneThread(m, p.rootName(), depth);
        }
        return false;
    }

    /**
     * Whether every call of {@code m} in the program hands it, for its parameter {@code param}, an executor
     * that runs everything on one thread ({@code new StatusLog(Executors.newSingleThreadExecutor())}). The
     * program is taken as a closed world, as for the conditions its callers rule out: a method nothing in
     * it calls is handed nothing known.
     */
    private boolean handedOneThread(MethodInfo m, String param, int depth) {
        int index = parameterIndex(m, param);
        List<CallSite> callers = index < 0 ? List.of() : program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            Event e = s.caller().facts().eventAt(s.event());
            List<Value> args = e instanceof Event.Call c && c.style() != Event.CallStyle.METHOD_REFERENCE ? c.args()
                    : e instanceof Event.NewObject n ? n.args() : List.of();
            if (index >= args.size() || !oneThread(s.caller(), resolve(s.caller(), args.get(index), 0), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the call at {@code event} of {@code m} names a program method documented to return or
     * configure an executor that runs one task at a time ({@link Modifiers#SERIAL_EXECUTOR}): the method
     * the call names, or every one it may run.
     */
    private boolean documentedSerial(MethodInfo m, int event) {
        List<MethodInfo> targets = program.callGraph().targets(m, event);
        return !targets.isEmpty() && (serial(targets.get(0)) || targets.stream().allMatch(Loops::serial));
    }

    private static boolean serial(MethodInfo t) {
        return Modifiers.has(t.facts().modifiers(), Modifiers.SERIAL_EXECUTOR);
    }

    /**
     * Whether the call builds an executor from a builder a documented method configured to run one task
     * at a time ({@code configureSequential(name).withQueueLimit(0).build()}): its result is an executor,
     * and its receiver comes from such a method through calls that each return the builder again.
     */
    private boolean builtSerial(MethodInfo m, Value.CallResult built, Event.Call call, int depth) {
        String result = program.staticType(m, built).name();
        if (result == null || !typeHas(program, result, TypeTrait.EXECUTOR) && !program.is(result, TypeTrait.EXECUTOR)) {
            return false;
        }
        String builder = program.staticType(m, call.receiver()).name();
        Value v = resolve(m, call.receiver(), 0);
        for (int step = 0; builder != null && step <= MAKING_DEPTH - depth
                && v instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call c; step++) {
            if (documentedSerial(m, cr.eventIndex())) {
                return true;
            }
            if (!builder.equals(program.staticType(m, c.receiver()).name())) {
                return false;
            }
            v = resolve(m, c.receiver(), 0);
        }
        return false;
    }

    /**
     * Whether the call at {@code event} of {@code m} runs program methods only, each of which (abstract
     * ones aside) returns a one-thread executor on every path
     * ({@code ExecutorService executor() { return single; }}).
     */
    private boolean returnsOneThread(MethodInfo m, int event, int depth) {
        boolean any = false;
        for (MethodInfo t : program.callGraph().targets(m, event)) {
            if (t.facts().isAbstract() || t.owner().isInterface() && t.facts().events().isEmpty()) {
                continue;
            }
            List<Value> returned = returned(t);
            if (returned.isEmpty()) {
                return false;
            }
            for (Value r : returned) {
                if (!oneThread(t, resolve(t, r, 0), depth + 1)) {
                    return false;
                }
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether {@code new type(args)} is an executor of one thread: a library pool told to keep one thread
     * ({@code new ScheduledThreadPoolExecutor(1)}), or a program subclass whose every constructor tells its
     * superclass so ({@code super(1, threadFactory)}).
     */
    private boolean oneThreadPool(String type, List<Value> args, int depth) {
        if (type == null || depth > MAKING_DEPTH) {
            return false;
        }
        TypeInfo t = program.type(type);
        if (t == null) {
            return program.methodTraits(type, "<init>", args.size()).contains(MethodTrait.CORE_THREADS)
                    && !args.isEmpty() && args.get(0) instanceof Value.Literal l && l.kind() == Value.LiteralKind.NUMBER
                    && l.text().equals("1");
        }
        boolean any = false;
        for (MethodInfo c : t.methods()) {
            if (!c.facts().isConstructor()) {
                continue;
            }
            boolean delegates = false;
            boolean one = false;
            for (Event e : c.facts().events()) {
                if (e instanceof Event.Call call && call.name().equals("<init>")) {
                    delegates = !(call.receiver() instanceof Value.Super);
                    one = !delegates && t.superclass() != null && oneThreadPool(t.superclass(), call.args(), depth + 1);
                }
            }
            if (!delegates && !one) {
                return false;
            }
            any |= one;
        }
        return any;
    }

    /** The values {@code m} returns; none for a method without a body or a result. */
    private static List<Value> returned(MethodInfo m) {
        List<Value> result = new java.util.ArrayList<>();
        for (Event e : m.facts().events()) {
            if (e instanceof Event.Return r && !(r.value() instanceof Value.Absent)) {
                result.add(r.value());
            }
        }
        return result;
    }

    /** Whether every value stored in the field (its initializer and every write) is a one-thread executor. */
    private boolean onlyHolds(FieldInfo f, int depth) {
        List<StoredValue> stored = StoredValue.of(f);
        if (stored == null || stored.isEmpty()) {
            return false;
        }
        for (StoredValue v : stored) {
            Value value = v.initializer() ? v.value() : resolve(v.method(), v.value(), 0);
            if (!oneThread(v.method(), value, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private boolean eventLoopType(MethodInfo m, Value v) {
        String type = program.staticType(m, v).name();
        return type != null && (typeHas(program, type, TypeTrait.EVENT_LOOP) || dispatched.isDispatchedTo(type));
    }

    /**
     * Whether the type or any of its supertypes, program types included, has a row with the trait (the
     * program may hold the very library the table describes, as the bench corpus holds netty).
     */
    static boolean typeHas(Program program, String type, TypeTrait trait) {
        if (program.knowledge().is(type, trait)) {
            return true;
        }
        for (String s : program.supertypes(type)) {
            if (program.knowledge().is(s, trait)) {
                return true;
            }
        }
        return false;
    }

    /** The library traits of a call, looked up on the receiver's type and all its supertypes (program ones too). */
    Set<MethodTrait> methodTraits(MethodInfo m, Event.Call call) {
        return methodTraits(program, m, call);
    }

    /** As {@link #methodTraits(MethodInfo, Event.Call)}, in {@code program}. */
    static Set<MethodTrait> methodTraits(Program program, MethodInfo m, Event.Call call) {
        Set<MethodTrait> traits = program.traits(m, call);
        String type = program.staticType(m, call.receiver()).name();
        if (type == null || program.type(type) == null) {
            return traits;
        }
        Set<MethodTrait> all = null;
        for (String s : program.supertypes(type)) {
            if (program.type(s) != null) {
                Set<MethodTrait> more = program.knowledge().methodTraits(s, call.name(), call.arity());
                if (!more.isEmpty()) {
                    all = all == null ? new java.util.HashSet<>(traits) : all;
                    all.addAll(more);
                }
            }
        }
        return all == null ? traits : all;
    }

    /** A local's value, when the method assigns it exactly once; other values as they are. */
    private static Value resolve(MethodInfo m, Value v, int depth) {
        AccessPath p = v == null ? null : v.pathOrNull();
        if (p == null || p.root() != AccessPath.Root.LOCAL || p.isField() || depth > DEPTH) {
            return v;
        }
        Value found = m.facts().onlyAssignment(p.rootName());
        return found == null ? v : resolve(m, found, depth + 1);
    }

    /** How the code names the executor, the same way in every method of one class; {@code null} if it cannot. */
    private String name(MethodInfo m, Value v, int depth) {
        if (v == null || depth > DEPTH) {
            return null;
        }
        if (v instanceof Value.Implicit || v instanceof Value.Super) {
            return "this";
        }
        AccessPath p = v.pathOrNull();
        if (p != null) {
            if (p.root() == AccessPath.Root.LOCAL && !p.isField()) {
                return null;
            }
            // An inner class names its enclosing instance's field as that instance's own code does.
            return p.root() == AccessPath.Root.OUTER && p.isField() ? String.join(".", p.fields()) : p.display();
        }
        if (v instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call) {
            if (call.receiver() instanceof Value.Implicit || call.receiver() instanceof Value.Super
                    || call.receiver().pathOrNull() != null && call.receiver().pathOrNull().isThis()) {
                String field = returnedField(m, cr.eventIndex());
                return field != null ? field : call.name() + "()";
            }
            String receiver = name(m, resolve(m, call.receiver(), 0), depth + 1);
            return receiver == null ? null : receiver + "." + call.name() + "()";
        }
        if (v instanceof Value.TypeName t) {
            return Describe.simple(t.name());
        }
        return null;
    }

    /**
     * The field of the object itself (or a static field) that every method a call on the object may run
     * returns, so that {@code executor().execute(...)} and {@code pool.execute(...)} name one
     * executor; {@code null} when it returns anything else.
     */
    private String returnedField(MethodInfo m, int event) {
        return returnedField(m, event, 0);
    }

    /** {@link #returnedField(MethodInfo, int)}, following returns of the object's own methods ({@code super.eventLoop()}). */
    private String returnedField(MethodInfo m, int event, int depth) {
        String field = null;
        for (MethodInfo t : program.callGraph().targets(m, event)) {
            List<Value> returned = returned(t);
            if (returned.isEmpty()) {
                return null;
            }
            for (Value r : returned) {
                Value v = resolve(t, r, 0);
                AccessPath p = v.pathOrNull();
                String name = p != null && (p.isOwnField() || p.isStaticField()) ? p.display()
                        : depth < DEPTH && v instanceof Value.CallResult cr
                          && t.facts().eventAt(cr.eventIndex()) instanceof Event.Call own && own.receiver().isSelf()
                        ? returnedField(t, cr.eventIndex(), depth + 1) : null;
                if (name == null || field != null && !field.equals(name)) {
                    return null;
                }
                field = name;
            }
        }
        return field;
    }
}
