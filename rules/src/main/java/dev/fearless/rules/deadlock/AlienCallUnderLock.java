package dev.fearless.rules.deadlock;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Calling code the class does not control while holding a lock: a listener or callback (a functional
 * interface, an interface handed in by callers, an element of a listener collection) or an abstract
 * hook of the class itself. Whatever that code does (block, call back, take other locks) happens with
 * the borrow still held: stalls and lock-order deadlocks nobody can see from here.
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.WARNING,
        summary = "Calling a listener, callback or abstract hook while holding a lock.",
        peers = {"infer:ARBITRARY_CODE_EXECUTION_UNDER_LOCK"})
public final class AlienCallUnderLock implements EventMatcher {

    private static final Pattern CALLBACK_NAME = Pattern.compile(
            "(?i).*(listener|callback|handler|observer|sink|hook|consumer|subscriber|watcher|notifier|visitor).*");

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int i, Event e) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        if (!(e instanceof Event.Call call) || call.name().equals("<init>")) {
            return;
        }
        LockSet held = call.held();
        if (held.isEmpty()) {
            return;
        }
        String why = alien(program, m, i, call);
        if (why == null) {
            return;
        }
        String lock = Describe.lock(held.locks().get(0));
        scope.report(call.pos(), "`" + Describe.value(m, call.receiver()) + "." + call.name() + "()` is "
                + why + ", called while holding `" + lock + "`: whatever it does (block, call back into this "
                + "object, take other locks) happens with `" + lock + "` held, stalling or deadlocking other "
                + "threads; call it after releasing the lock").add();
    }

    /** Methods of {@code Object} nobody can override, and no-argument getters: data, not callbacks. */
    private static final Pattern NOT_A_CALLBACK = Pattern.compile("getClass|wait|notify|notifyAll|(get|is|has)[A-Z].*");

    /** Why the call runs code this class does not control, or {@code null}. */
    private static String alien(Program program, MethodInfo m, int index, Event.Call call) {
        Value receiver = call.receiver();
        if (call.arity() == 0 && NOT_A_CALLBACK.matcher(call.name()).matches() || registers(call)) {
            return null;
        }
        if (receiver instanceof Value.Implicit || receiver.pathOrNull() != null && receiver.pathOrNull().isThis()) {
            for (MethodInfo t : program.callGraph().targets(m, index)) {
                if (t.facts().isAbstract() && t.facts().events().isEmpty() && !t.owner().isInterface()
                        && program.isSubtype(m.owner().name(), t.owner().name())) {
                    return "an abstract hook that subclasses implement";
                }
            }
            return null;
        }
        String type = program.staticType(m, receiver).name();
        if (type == null) {
            return null;
        }
        TypeInfo t = program.type(type);
        var library = t == null ? program.knowledge().type(type) : null;
        boolean functional = library != null && library.traits().contains(TypeTrait.FUNCTIONAL)
                && !library.traits().contains(TypeTrait.THREADSAFE);
        if (functional) {
            return "a callback (`" + simple(type) + "`) supplied from outside";
        }
        if (t == null || !t.isInterface()) {
            return null;
        }
        AccessPath p = receiver.pathOrNull();
        if (p != null && p.isField() && guardedObject(program, m, p)) {
            return null;
        }
        if (p != null && p.root() == AccessPath.Root.PARAM && !p.isField()) {
            return "a method of `" + t.simpleName() + "` passed in by the caller";
        }
        if (elementOfCollection(m, receiver)) {
            return "a method of a `" + t.simpleName() + "` registered from outside";
        }
        if (p != null && p.isField()) {
            FieldInfo f = program.field(m, p);
            if (f != null && (CALLBACK_NAME.matcher(f.name()).matches() || CALLBACK_NAME.matcher(t.simpleName()).matches()
                    || injected(f))) {
                return "a method of the pluggable `" + t.simpleName() + "` in `" + f.name() + "`";
            }
        }
        return null;
    }

    /** A call that hands a closure over to be run later ({@code channel.onClose(() -> ...)}): a registration. */
    private static boolean registers(Event.Call call) {
        for (Value a : call.args()) {
            if (a instanceof Value.Closure) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the receiver field holds an object the lock exists to guard: every call on it, in its
     * class, is made under some lock (outside construction). Calling it under the lock is then the
     * protected operation itself, not alien code.
     */
    private static boolean guardedObject(Program program, MethodInfo at, AccessPath p) {
        if (!p.isOwnField()) {
            return false;
        }
        FieldInfo f = program.field(at, p);
        if (f == null) {
            return false;
        }
        int calls = 0;
        for (MethodInfo m : f.owner().methods()) {
            if (m.declaringMethod().facts().isInitialization()) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Call c && c.receiver().pathOrNull() != null && c.receiver().pathOrNull().isOwnField()
                        && c.receiver().pathOrNull().lastField().equals(f.name())) {
                    if (c.held().isEmpty()) {
                        return false;
                    }
                    calls++;
                }
            }
        }
        return calls >= 2;
    }

    /** Whether the receiver is an element taken from a collection ({@code for (Listener l : listeners)}). */
    private static boolean elementOfCollection(MethodInfo m, Value receiver) {
        AccessPath p = receiver.pathOrNull();
        if (p == null || p.root() != AccessPath.Root.LOCAL || p.isField()) {
            return false;
        }
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName()) && la.value() instanceof Value.Element) {
                return true;
            }
        }
        return false;
    }

    /** A field whose value is handed in (stored from a parameter): an implementation chosen by someone else. */
    private static boolean injected(FieldInfo f) {
        for (MethodInfo m : f.owner().methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isOwnField()
                        && fa.path().lastField().equals(f.name()) && fa.value().pathOrNull() != null
                        && fa.value().pathOrNull().root() == AccessPath.Root.PARAM) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String simple(String qualified) {
        int cut = Math.max(qualified.lastIndexOf('.'), qualified.lastIndexOf('$'));
        return cut < 0 ? qualified : qualified.substring(cut + 1);
    }
}
