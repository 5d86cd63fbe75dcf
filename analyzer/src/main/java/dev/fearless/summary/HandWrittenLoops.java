package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Executors the program writes itself that run every task on one thread of their own: a class whose
 * {@code execute(task)} only puts the task in a queue field, a queue nothing takes from but the code one
 * thread runs, a thread the object makes once ({@code thread = new Thread(this::runTasks)}; a
 * {@code Thread} can be started once). What such a loop is handed runs on that thread, one task at a
 * time, like a library event loop's; and a method of it that returns
 * {@code Thread.currentThread() == thread} (its only thread field) tells its callers they are on it.
 */
final class HandWrittenLoops {

    private final Program program;
    private final Map<String, Boolean> loops = new ConcurrentHashMap<>();

    HandWrittenLoops(Program program) {
        this.program = program;
    }

    /** Whether the program type runs what it is handed on one thread it owns. */
    boolean isLoop(String type) {
        return type != null && loops.computeIfAbsent(type, this::findLoop);
    }

    /** Whether calling {@code target} asks whether the caller is on the thread of a hand-written loop. */
    boolean isOwnThreadTest(MethodInfo target) {
        if (!Modifiers.has(target.facts().modifiers(), Modifiers.OWN_THREAD_TEST) || !isLoop(target.owner().name())) {
            return false;
        }
        int threads = 0;
        for (FieldInfo f : target.owner().fields()) {
            if (!f.facts().isStatic() && isThread(f)) {
                threads++;
            }
        }
        return threads == 1;
    }

    private boolean findLoop(String type) {
        TypeInfo t = program.type(type);
        if (t == null || t.isInterface() || !Loops.typeHas(program, type, TypeTrait.EXECUTOR)) {
            return false;
        }
        MethodInfo execute = null;
        for (MethodInfo m : t.methods()) {
            if (m.facts().params().size() == 1 && !m.facts().isStatic()
                    && program.methodTraits(type, m.name(), 1).contains(MethodTrait.RUNS_ELSEWHERE)) {
                execute = m;
            }
        }
        String name = execute == null ? null : execute.name();
        if (name == null || program.anySubtype(t, s -> !s.methodsNamed(name).isEmpty())) {
            return false;
        }
        FieldInfo queue = queueOf(execute);
        Set<MethodInfo> loopCode = threadCode(t);
        if (queue == null || loopCode.isEmpty()) {
            return false;
        }
        for (MethodInfo m : t.methods()) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof Event.Call call && queue.equals(fieldOf(m, call.receiver()))
                        && program.traits(m, call).contains(MethodTrait.RESULT_ELEMENT) && !loopCode.contains(m)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The queue field {@code execute} hands its task to, when handing it over is all it does with it: every
     * use of the parameter is an argument of a hand-off call on that one field ({@code tasks.add(task)}).
     */
    private FieldInfo queueOf(MethodInfo execute) {
        String param = execute.facts().params().get(0).name();
        FieldInfo queue = null;
        for (Event e : execute.facts().events()) {
            if (!(e instanceof Event.Call call)) {
                if (mentions(e, param)) {
                    return null;
                }
                continue;
            }
            boolean passed = call.args().stream().anyMatch(a -> isParam(a, param));
            if (isParam(call.receiver(), param)) {
                return null;
            }
            if (!passed) {
                continue;
            }
            FieldInfo f = fieldOf(execute, call.receiver());
            if (f == null || !f.facts().isFinal() || queue != null && !queue.equals(f)
                    || !program.traits(execute, call).contains(MethodTrait.HANDOFF)) {
                return null;
            }
            queue = f;
        }
        return queue;
    }

    private static boolean mentions(Event e, String param) {
        return e instanceof Event.FieldAccess a && a.value() != null && isParam(a.value(), param)
                || e instanceof Event.LocalAssign l && isParam(l.value(), param)
                || e instanceof Event.Return r && isParam(r.value(), param)
                || e instanceof Event.NewObject n && n.args().stream().anyMatch(v -> isParam(v, param));
    }

    private static boolean isParam(Value v, String param) {
        AccessPath p = v.pathOrNull();
        return p != null && p.root() == AccessPath.Root.PARAM && p.rootName().equals(param) && !p.isField();
    }

    private FieldInfo fieldOf(MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        return p != null && p.isOwnField() ? program.field(m, p) : null;
    }

    /**
     * The code the object's one thread runs: the body a final thread field is made with in the
     * constructors, and the methods of the class it calls on the object that nothing else calls. Empty
     * when no such thread is made.
     */
    private Set<MethodInfo> threadCode(TypeInfo t) {
        MethodInfo body = null;
        for (MethodInfo c : t.methods()) {
            if (!c.facts().isConstructor() && c.facts().kind() != MethodFacts.Kind.INITIALIZER) {
                continue;
            }
            for (Event e : c.facts().events()) {
                if (e instanceof Event.FieldAccess w && w.kind() == Event.AccessKind.WRITE && w.path().isOwnField()
                        && newIndex(w.value()) >= 0 && c.facts().eventAt(newIndex(w.value())) instanceof Event.NewObject n) {
                    FieldInfo f = program.field(c, w.path());
                    MethodInfo made = f != null && f.facts().isFinal() && isThread(f) && !n.args().isEmpty()
                            ? c.closure(n.args().get(0)) : null;
                    if (made != null) {
                        if (body != null) {
                            return Set.of();
                        }
                        body = made;
                    }
                }
            }
        }
        if (body == null) {
            return Set.of();
        }
        Set<MethodInfo> code = new HashSet<>();
        code.add(body);
        ArrayDeque<MethodInfo> work = new ArrayDeque<>(List.of(body));
        while (!work.isEmpty()) {
            MethodInfo m = work.pop();
            for (CallSite s : program.callGraph().callsFrom(m)) {
                MethodInfo callee = s.target();
                if (callee.owner() == t && !code.contains(callee)
                        && program.callGraph().callersOf(callee).stream().allMatch(c -> code.contains(c.caller()))) {
                    code.add(callee);
                    work.push(callee);
                }
            }
        }
        return code;
    }

    private static int newIndex(Value v) {
        return v instanceof Value.NewValue nv && nv.anonymousType().isEmpty() ? nv.eventIndex() : -1;
    }

    private boolean isThread(FieldInfo f) {
        String type = program.resolveType(f.facts().type(), f.owner());
        return type != null && program.is(type, TypeTrait.THREAD);
    }
}
