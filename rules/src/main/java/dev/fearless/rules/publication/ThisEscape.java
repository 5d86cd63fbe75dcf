package dev.fearless.rules.publication;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Describe;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Guards;
import dev.fearless.summary.KeepAliveCollections;
import dev.fearless.summary.Nature;
import dev.fearless.summary.OwnedThreads;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Retention;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.VariableUses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code this} leaving a constructor before construction ends: handed to a thread that is started or to
 * an executor, stored in a static field or a shared collection, passed to a method of another object
 * that keeps it (or to an alien interface method), or captured by a lambda or inner-class instance that
 * is so published. Calls on {@code this} itself, helpers owned by the object ({@code this.helper = new
 * Helper(this)}), and threads created here but started later are fine.
 */
@RuleMeta(family = Family.PUBLICATION, severity = Severity.WARNING,
        summary = "`this` escapes a constructor (passed out, stored in a static or shared place, thread started).",
        peers = {"spotbugs:SC_START_IN_CTOR", "sonar:S2693", "sonar:S3366", "javac:this-escape", "intellij:ThisEscapedInObjectConstruction", "intellij:CallToThreadStartDuringObjectConstruction"})
public final class ThisEscape implements MethodMatcher {

    static final int DEPTH = 3;
    /** How many calls deep the handed code is followed to see whether it reads a field (each method once). */
    private static final int READ_DEPTH = 8;

    @Override
    public void matchMethod(MethodScope scope) {
        RuleContext context = scope.context();
        Program program = scope.program();
        MethodInfo m = scope.method();
        MethodFacts f = m.facts();
        if (f.kind() != MethodFacts.Kind.CONSTRUCTOR && f.kind() != MethodFacts.Kind.INITIALIZER) {
            return;
        }
        checkConstructor(context, program, m);
    }

    private static void checkConstructor(RuleContext context, Program program, MethodInfo m) {
        List<Event> events = m.facts().events();
        Carriers carriers = new Carriers(program, context.summaries(), m);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String escape = null;
            if (e instanceof Event.Call call && !call.name().equals("<init>")) {
                escape = callEscape(program, context.summaries(), m, i, call, carriers);
            } else if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && carriers.carries(fa.value(), i)) {
                escape = storeEscape(program, context.summaries(), m, fa, carriers, i);
            }
            if (escape != null) {
                boolean safe = handsOverSafely(program, context.summaries(), m, i, e, carriers);
                if (!(safe && lastAction(program, m, i)
                        && noSubclassRunsAfter(m, runsAtOnce(program, m, e) && callsOverridable(program, m, i)))) {
                    report(context, program, m, i, escape, safe);
                }
                return;
            }
            carriers.note(e, i);
        }
    }

    /** How a call lets {@code this} escape, or null. */
    private static String callEscape(Program program, Summaries summaries, MethodInfo m, int index, Event.Call call,
                                     Carriers carriers) {
        Value receiver = call.receiver();
        boolean self = receiver.isSelf();
        var traits = program.traits(m, call);
        boolean startsThis = self && !(receiver instanceof Value.Super)
                && program.is(m.owner().name(), TypeTrait.THREAD);
        if (startsReceiver(program, call)
                && (startsThis || carriers.carries(receiver, index) && isThread(program, m, receiver))) {
            return "a thread that runs code of this object is started here, before the constructor has finished";
        }
        if (self) {
            return null;
        }
        int carried = -1;
        for (int a = 0; a < call.args().size(); a++) {
            if (carriers.carries(call.args().get(a), index)) {
                carried = a;
                break;
            }
        }
        if (carried < 0) {
            return null;
        }
        String what = carriers.describe(call.args().get(carried));
        String target = "`" + Describe.value(m, receiver) + "." + call.name() + "(...)`";
        if (Carriers.createsThread(program, call)) {
            return null;
        }
        if (traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.STAGE)
                || traits.contains(MethodTrait.HANDOFF)) {
            return what + " is handed to " + target + ", which runs it or passes it to another thread";
        }
        if (carriers.owned(receiver, index)) {
            return null;
        }
        StaticType type = program.staticType(m, receiver);
        String name = type.name();
        if (name == null) {
            return null;
        }
        TypeInfo t = program.type(name);
        if (t == null) {
            boolean container = program.is(name, TypeTrait.COLLECTION) || program.is(name, TypeTrait.MAP);
            boolean threadSafe = program.is(name, TypeTrait.CONCURRENT) || program.is(name, TypeTrait.SYNCHRONIZED);
            if (container && program.knowledge().inGroup(NameGroup.COLLECTION_WRITE, call.name())
                    && (shared(receiver) || threadSafe || concurrent(summaries, m.owner()))
                    && !KeepAliveCollections.neverHandsOut(program, m, receiver)) {
                return what + " is added to the shared collection `" + Describe.value(m, receiver) + "`";
            }
            if (program.is(name, TypeTrait.TIMER) || program.is(name, TypeTrait.EXECUTOR)) {
                return what + " is handed to " + target + ", which keeps it and may run it on one of its threads";
            }
            return null;
        }
        List<MethodInfo> targets = program.callGraph().targets(m, index);
        if (targets.isEmpty()) {
            return null;
        }
        boolean alien = targets.stream().allMatch(x -> x.facts().isAbstract() || x.owner().isInterface()
                && x.facts().events().isEmpty());
        if (alien) {
            return what + " is passed to " + target + ", an interface method whose implementation may keep it and "
                    + "call it from another thread";
        }
        if (!concurrent(summaries, m.owner()) && !concurrent(summaries, t) && !holdsThreadSafeContainer(program, t)) {
            return null;
        }
        for (MethodInfo x : targets) {
            if (carried < x.facts().params().size() && Retention.retains(program, x, x.facts().params().get(carried).name(), DEPTH)) {
                return what + " is passed to " + target + ", which keeps it (in `" + x.display() + "`)";
            }
        }
        return null;
    }

    /**
     * Whether the escape at event {@code index} is a hand-over that gives the receiving thread
     * happens-before for every write before it: a thread started, a task given to an executor, timer or
     * other code that runs it elsewhere, {@code this} put into a thread-safe collection, or passed to
     * program methods that keep it, if at all, only in such places ({@link Retention#keepsOnlySafely}). A library
     * collection is thread-safe by its type or by what its field holds ({@link dev.fearless.summary.SyncTypes}),
     * or it is a field every use of which holds one lock, held at the hand-over too (every read: a field
     * assigned without it, a collection replaced, hands nothing out): whoever takes the object out takes
     * that lock after the constructor released it.
     */
    private static boolean handsOverSafely(Program program, Summaries summaries, MethodInfo m, int index, Event e,
                                           Carriers carriers) {
        if (!(e instanceof Event.Call call)) {
            return false;
        }
        if (startsReceiver(program, call)) {
            return true;
        }
        var traits = program.traits(m, call);
        if (traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.HANDOFF)) {
            return true;
        }
        List<MethodInfo> targets = program.callGraph().targets(m, index);
        if (!targets.isEmpty()) {
            return publishedSafelyByAll(program, targets, call, index, carriers);
        }
        String name = program.staticType(m, call.receiver()).name();
        if (name == null || program.type(name) != null) {
            return false;
        }
        if (program.is(name, TypeTrait.TIMER) || program.is(name, TypeTrait.EXECUTOR)) {
            return true;
        }
        if (!program.is(name, TypeTrait.COLLECTION) && !program.is(name, TypeTrait.MAP)) {
            return false;
        }
        if (program.is(name, TypeTrait.CONCURRENT)) {
            return true;
        }
        AccessPath path = call.receiver().pathOrNull();
        FieldInfo field = path == null || !path.isField() ? null : program.field(m, path);
        if (field == null) {
            return false;
        }
        Nature held = summaries.syncTypes().nature(field);
        if (held == Nature.SYNC || held == Nature.SYNCHRONIZED_WRAPPER) {
            return true;
        }
        Guards guards = Guards.infer(summaries.uses(field));
        if (guards.lock() != null && guards.unguarded().isEmpty() && call.held().locks().contains(guards.lock())) {
            return true;
        }
        List<FieldUse> contents = summaries.uses(field).stream().filter(u -> !u.op().writesField()).toList();
        return call.held().locks().stream().anyMatch(l -> contents.stream().allMatch(u -> Guards.holds(u, l)));
    }

    private static boolean publishedSafelyByAll(Program program, List<MethodInfo> targets, Event.Call call, int index,
                                                Carriers carriers) {
        for (int a = 0; a < call.args().size(); a++) {
            if (!carriers.carries(call.args().get(a), index)) {
                continue;
            }
            boolean any = false;
            for (MethodInfo x : targets) {
                if (x.facts().isAbstract() || x.owner().isInterface() && x.facts().events().isEmpty()) {
                    continue; // the declaration the call names; its program implementations decide
                }
                if (a >= x.facts().params().size()
                        || !Retention.keepsOnlySafely(program, x, x.facts().params().get(a).name(), DEPTH)) {
                    return false;
                }
                any = true;
            }
            return any;
        }
        return false;
    }

    /**
     * Whether the constructor assigns nothing of the object after the escape at event {@code index} that
     * the handed code can read: no own field the handed task reads is written (a field it never reads,
     * like the hand-over's own result, a Future, may be), by the constructor or by a method of the object
     * it calls after the hand-over.
     * Calls on other objects and reads may follow. A constructor another one delegates to with
     * {@code this(...)} is not the last to run when that one assigns more after the call.
     */
    private static boolean lastAction(Program program, MethodInfo m, int index) {
        if (m.facts().kind() != MethodFacts.Kind.CONSTRUCTOR) {
            return false;
        }
        for (MethodInfo c : m.owner().methods()) {
            List<Event> events = c.facts().events();
            for (int j = 0; j < events.size(); j++) {
                if (events.get(j) instanceof Event.Call call && call.name().equals("<init>")
                        && !(call.receiver() instanceof Value.Super) && assignsAfter(null, c, j)) {
                    return false; // a constructor that delegates here with this(...) and assigns more after
                }
            }
        }
        return !assignsAfter(program, m, index);
    }

    /**
     * Whether {@code m} writes an own field or runs a method of its object after event {@code index}
     * (writes of fields the task handed over there does not read aside, and calls of the object's own
     * methods that write none it reads, when {@code program} is given).
     */
    private static boolean assignsAfter(Program program, MethodInfo m, int index) {
        List<Event> events = m.facts().events();
        for (int j = index + 1; j < events.size(); j++) {
            Event e = events.get(j);
            if (index >= 0 && VariableUses.exclusive(m, events.get(index), e)) {
                continue; // the other branch of an if: no run both escapes there and assigns here
            }
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && (fa.path().isOwnField()
                    || fa.path().root() == AccessPath.Root.THIS)) {
                if (program != null && fa.path().isOwnField() && !mayRead(program, m, index, fa)) {
                    continue;
                }
                return true;
            }
            if (e instanceof Event.Call call && !call.name().equals("<init>") && call.receiver().isSelf()
                    && (program == null || writesWhatTaskReads(program, m, index, program.callGraph().targets(m, j), DEPTH))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the object's methods called after the hand-over at event {@code index} may write
     * an own field the handed task may read: one a subclass may override, or one without a body here,
     * may.
     */
    private static boolean writesWhatTaskReads(Program program, MethodInfo m, int index, List<MethodInfo> targets,
                                               int depth) {
        if (targets.isEmpty() || depth < 0) {
            return true;
        }
        for (MethodInfo t : targets) {
            if (overridable(m.owner(), t) || t.facts().isAbstract()) {
                return true;
            }
            List<Event> events = t.facts().events();
            for (int j = 0; j < events.size(); j++) {
                Event e = events.get(j);
                if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().root() == AccessPath.Root.THIS
                        && (!fa.path().isOwnField() || taskReads(program, m, index, fa.path().lastField()))) {
                    return true;
                }
                if (e instanceof Event.Call c && !c.name().equals("<init>") && c.receiver().isSelf()
                        && writesWhatTaskReads(program, m, index, program.callGraph().targets(t, j), depth - 1)) {
                    return true;
                }
            }
            for (MethodInfo inner : program.nestedIn(t)) {
                if (writesWhatTaskReads(program, m, index, List.of(inner), depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the code handed over at event {@code index} (or a thread's own body, when the object starts
     * itself) may call a method of the object a subclass can override: through it, a subclass's fields,
     * assigned only after this constructor returns, can be read. Unknown bodies may.
     */
    private static boolean callsOverridable(Program program, MethodInfo m, int index) {
        List<MethodInfo> bodies = handedBodies(program, m, index);
        if (bodies.isEmpty()) {
            return true;
        }
        for (MethodInfo b : bodies) {
            if (callsOverridable(program, m.owner(), b, DEPTH)) {
                return true;
            }
        }
        return false;
    }

    private static boolean callsOverridable(Program program, TypeInfo owner, MethodInfo x, int depth) {
        if (overridable(owner, x)) {
            return true;
        }
        List<Event> events = x.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Call c) || !c.receiver().isSelf() || c.receiver() instanceof Value.Super) {
                continue;
            }
            for (MethodInfo t : program.callGraph().targets(x, i)) {
                if (overridable(owner, t) || depth > 0 && callsOverridable(program, owner, t, depth - 1)) {
                    return true;
                }
            }
        }
        for (MethodInfo inner : program.nestedIn(x)) {
            if (depth > 0 && callsOverridable(program, owner, inner, depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a subclass of {@code owner} could override {@code x}, one of the object's own methods. */
    private static boolean overridable(TypeInfo owner, MethodInfo x) {
        MethodFacts f = x.facts();
        return x.owner() == owner && !owner.facts().isFinal() && f.kind() == MethodFacts.Kind.METHOD
                && !f.isPrivate() && !f.isStatic() && !Modifiers.has(f.modifiers(), Modifiers.FINAL);
    }

    /**
     * The code the call at event {@code index} hands over: the bodies of its task and thread arguments, or
     * of the thread it starts.
     */
    private static List<MethodInfo> handedBodies(Program program, MethodInfo m, int index) {
        List<MethodInfo> bodies = new ArrayList<>();
        Event.Call call = m.facts().callAt(index);
        if (call == null) {
            return bodies;
        }
        if (startsReceiver(program, call)) {
            bodies.addAll(OwnedThreads.threadBodies(program, m, call.receiver(), index));
        }
        List<MethodInfo> targets = program.callGraph().targets(m, index);
        for (int a = 0; a < call.args().size(); a++) {
            Value arg = call.args().get(a);
            bodies.addAll(OwnedThreads.bodies(program, m, arg, index));
            for (MethodInfo b : keptBodies(program, m, arg, targets, a)) {
                if (!bodies.contains(b)) {
                    bodies.add(b);
                }
            }
        }
        return bodies;
    }

    /**
     * The code a program method that keeps the argument at position {@code a} can later run on it: every
     * method of an anonymous class created here (the keeper can call nothing else on it), or, for
     * {@code this}, what the keeper's class calls on the private field it stores it in ({@link KeeperCalls}),
     * or else the object's implementations of what the parameter's type declares when that is a program
     * interface (its keeper sees the object only as that), with the object's own {@code equals},
     * {@code hashCode} and {@code toString}. Empty when that is not known.
     */
    private static List<MethodInfo> keptBodies(Program program, MethodInfo m, Value arg, List<MethodInfo> targets,
                                               int a) {
        AccessPath p = arg.pathOrNull();
        Value made = p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL ? m.facts().onlyAssignment(p.rootName()) : arg;
        if (made instanceof Value.NewValue nv && !nv.anonymousType().isEmpty()) {
            TypeInfo t = program.type(nv.anonymousType());
            return t == null ? List.of() : t.methods().stream().filter(x -> !x.facts().isStatic()).toList();
        }
        if (p == null || !p.isThis() || targets.isEmpty()) {
            return List.of();
        }
        List<MethodInfo> result = new ArrayList<>();
        for (MethodInfo x : targets) {
            if (x.facts().isAbstract()) {
                continue; // no code: what runs is an implementation among the targets
            }
            if (a >= x.facts().params().size() || x.facts().varargs() && a >= x.facts().params().size() - 1) {
                return List.of();
            }
            List<MethodInfo> called = KeeperCalls.of(program, x, a, m.owner());
            if (called != null) {
                called.stream().filter(c -> !result.contains(c)).forEach(result::add);
                continue;
            }
            String declared = program.resolveType(x.facts().params().get(a).type(), x.owner());
            TypeInfo type = declared == null ? null : program.type(declared);
            if (type == null || !type.isInterface() || !interfaceMethods(program, m.owner(), type, result)) {
                return List.of();
            }
        }
        for (MethodInfo x : m.owner().methods()) {
            if (program.knowledge().inGroup(NameGroup.OBJECT_METHODS, x.facts().name()) && !result.contains(x)) {
                result.add(x);
            }
        }
        return result;
    }

    /**
     * Adds to {@code result} what a caller holding {@code owner}'s object as the program interface
     * {@code type} can run: the object's implementations of its methods and of its program superinterfaces',
     * and their default bodies; false when a superinterface is the library's (its methods are not known).
     */
    private static boolean interfaceMethods(Program program, TypeInfo owner, TypeInfo type, List<MethodInfo> result) {
        for (String s : type.interfaces()) {
            String name = program.resolveType(s, type);
            TypeInfo up = name == null ? null : program.type(name);
            if (up == null || !up.isInterface() || !interfaceMethods(program, owner, up, result)) {
                return false;
            }
        }
        for (MethodInfo declared : type.methods()) {
            if (declared.facts().isStatic() || declared.facts().kind() != MethodFacts.Kind.METHOD) {
                continue;
            }
            int arity = declared.facts().params().size();
            for (MethodInfo x : program.lookup(owner, declared.facts().name(), arity)) {
                if (!x.facts().isAbstract() && !result.contains(x)) {
                    result.add(x);
                }
            }
            if (!declared.facts().isAbstract() && !declared.facts().events().isEmpty() && !result.contains(declared)) {
                result.add(declared);
            }
        }
        return true;
    }

    /**
     * Whether the code handed over at event {@code index} may read the field that {@code write}, after
     * it, assigns. A field the program does not declare (an inherited library one) is taken to be read,
     * unless it stores the hand-over's own result (the task's Future), which the task has no reason to read.
     */
    private static boolean mayRead(Program program, MethodInfo m, int index, Event.FieldAccess write) {
        FieldInfo f = program.field(m, write.path());
        boolean ownResult = write.value() instanceof Value.CallResult cr && cr.eventIndex() == index;
        return f == null && !ownResult || taskReads(program, m, index, write.path().lastField());
    }

    /** Whether the code handed over at event {@code index} (a task, or a thread's body) may read own field {@code field}. */
    private static boolean taskReads(Program program, MethodInfo m, int index, String field) {
        List<MethodInfo> bodies = handedBodies(program, m, index);
        if (bodies.isEmpty()) {
            return true;
        }
        for (MethodInfo b : bodies) {
            if (reads(program, m.owner(), b, field, READ_DEPTH, Collections.newSetFromMap(new IdentityHashMap<>()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean reads(Program program, TypeInfo owner, MethodInfo x, String field, int depth,
                                 Set<MethodInfo> seen) {
        if (!seen.add(x)) {
            return false; // already followed from another path
        }
        if (x.facts().finalReads().contains(field) || x.facts().finalReads().contains(MethodFacts.FOREIGN + field)) {
            return true; // a final field of the object, or one of that name read through another reference
        }
        List<Event> events = x.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess fa && fa.path().isField() && fa.path().lastField().equals(field)
                    && ofObject(program, owner, x, fa.path())) {
                return true;
            }
            if (e instanceof Event.Call c) {
                for (Value v : Carriers.withReceiver(c)) {
                    AccessPath p = v.pathOrNull();
                    if (p != null && p.fields().contains(field)
                            && (!p.lastField().equals(field) || ofObject(program, owner, x, p))) {
                        return true;
                    }
                }
                List<MethodInfo> targets = program.callGraph().targets(x, i);
                var traits = program.traits(x, c);
                if (targets.isEmpty() && c.receiver() instanceof Value.Implicit && !traits.contains(MethodTrait.WAIT)
                        && !traits.contains(MethodTrait.NOTIFY) && !traits.contains(MethodTrait.NOTIFY_ALL)) {
                    return true; // an inherited library method (not a monitor's wait or notify, which run no code of ours)
                }
                if (!targets.isEmpty() && !reachesObject(program, owner, x, c, targets)) {
                    continue; // code of other classes, given nothing of the object's type
                }
                for (MethodInfo t : targets) {
                    if (depth == 0 || reads(program, owner, t, field, depth - 1, seen)) {
                        return true;
                    }
                }
            }
        }
        for (MethodInfo inner : program.nestedIn(x)) {
            if (depth == 0 || reads(program, owner, inner, field, depth - 1, seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the field {@code path} ends in may be one of the object's: it resolves to a field declared in
     * the object's class or a related one, or it cannot be resolved. A field of the same name in another
     * class (a connection's {@code isOnAuxiliaryPort}, read by the listener's reader threads) is not.
     */
    private static boolean ofObject(Program program, TypeInfo owner, MethodInfo x, AccessPath path) {
        FieldInfo f = program.field(x, path);
        return f == null || related(program, owner, f.owner().name());
    }

    /**
     * Whether a call can reach the object being built: it runs a method of the object's class (or a
     * related one, or one nested in it), or passes a value of such a type.
     */
    private static boolean reachesObject(Program program, TypeInfo owner, MethodInfo x, Event.Call c,
                                         List<MethodInfo> targets) {
        for (MethodInfo t : targets) {
            if (related(program, owner, t.owner().name()) || nestedIn(t.owner(), owner)) {
                return true;
            }
        }
        for (Value v : Carriers.withReceiver(c)) {
            if (v instanceof Value.Literal || v instanceof Value.TypeName) {
                continue; // a constant, or the class a static method is called on, is no object of the type
            }
            String type = program.staticType(x, v).name();
            if (type == null || related(program, owner, type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} is written inside {@code owner}: its code can name the object as {@code Owner.this}. */
    private static boolean nestedIn(TypeInfo t, TypeInfo owner) {
        for (TypeInfo c = t.enclosing(); c != null; c = c.enclosing()) {
            if (c == owner) {
                return true;
            }
        }
        return false;
    }

    private static boolean related(Program program, TypeInfo owner, String type) {
        return type.equals(owner.name()) || program.isSubtype(type, owner.name()) || program.isSubtype(owner.name(), type);
    }

    /**
     * Whether no subclass constructor in the program assigns the object's state after this constructor
     * returns: a subclass whose constructors write none of its fields (and call none of its methods)
     * adds nothing another thread could read half built. A subclass outside the program is assumed only
     * for code that starts running at once ({@code runsAtOnce}) in a class designed to be extended by
     * others; a registration is reported when a field assigned later is known.
     */
    private static boolean noSubclassRunsAfter(MethodInfo m, boolean runsAtOnce) {
        if (runsAtOnce && extendedOutside(m.owner())) {
            return false;
        }
        return subclassesAssignNothing(m.owner(), new HashSet<>());
    }

    /**
     * Whether code outside the program may extend the class: it is not final, a subclass can call one of
     * its constructors, and it is written for extension (abstract, or with protected members, which only
     * subclasses use). A public class with neither is extended, if at all, by the program itself.
     */
    private static boolean extendedOutside(TypeInfo t) {
        if (t.facts().isFinal() || t.methods().stream()
                .filter(x -> x.facts().kind() == MethodFacts.Kind.CONSTRUCTOR).allMatch(x -> x.facts().isPrivate())) {
            return false;
        }
        return t.facts().isAbstract()
                || t.methods().stream().anyMatch(x -> Modifiers.has(x.facts().modifiers(), Modifiers.PROTECTED))
                || t.fields().stream().anyMatch(f -> Modifiers.has(f.facts().modifiers(), Modifiers.PROTECTED));
    }

    /**
     * Whether the escape starts code that runs at once, beside the rest of construction: a thread started,
     * a task handed to an executor. A subclass outside the program, if the class can have one, is then
     * still being built while that code runs.
     */
    private static boolean runsAtOnce(Program program, MethodInfo m, Event e) {
        if (!(e instanceof Event.Call call)) {
            return false;
        }
        var traits = program.traits(m, call);
        return startsReceiver(program, call) || traits.contains(MethodTrait.RUNS_ELSEWHERE);
    }

    private static boolean subclassesAssignNothing(TypeInfo t, Set<String> seen) {
        for (TypeInfo sub : t.subtypes()) {
            if (!seen.add(sub.name())) {
                continue;
            }
            for (MethodInfo c : sub.methods()) {
                if (c.facts().kind() == MethodFacts.Kind.CONSTRUCTOR && assignsAfter(null, c, -1)) {
                    return false;
                }
            }
            if (!subclassesAssignNothing(sub, seen)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a class shows it is used by several threads. Handing {@code this} to an object that merely
     * keeps it (a parent node, a list) matters only then; threads, executors, static registries and alien
     * callbacks are reported regardless.
     */
    private static boolean concurrent(Summaries summaries, TypeInfo t) {
        return t != null && summaries.evidence(t).concurrent();
    }

    /**
     * Whether a program class keeps a thread-safe container in a field (a {@code CopyOnWriteArrayList} of
     * listeners, a {@code ConcurrentHashMap} registry): it is written for several threads, and what it
     * keeps, other threads may take out.
     */
    private static boolean holdsThreadSafeContainer(Program program, TypeInfo t) {
        for (FieldInfo f : t.fields()) {
            String declared = f.facts().type().isPrimitive() ? null : program.resolveType(f.facts().type(), t);
            String made = f.facts().initializer() instanceof Value.NewValue nv && !nv.type().isArray()
                    ? program.resolveType(nv.type(), t) : null;
            for (String type : new String[] {declared, made}) {
                if (type != null && program.type(type) == null
                        && (program.is(type, TypeTrait.CONCURRENT) || program.is(type, TypeTrait.SYNCHRONIZED))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How a field store lets {@code this} escape, or null for a store into this object's own field. */
    private static String storeEscape(Program program, Summaries summaries, MethodInfo m, Event.FieldAccess fa,
                                      Carriers carriers, int index) {
        AccessPath p = fa.path();
        if (p.root() == AccessPath.Root.STATIC) {
            return carriers.describe(fa.value()) + " is stored in the static field `" + p.display() + "`";
        }
        if (p.root() == AccessPath.Root.THIS || p.root() == AccessPath.Root.OUTER
                || carriers.owned(new Value.PathValue(p.prefix()), index)) {
            return null;
        }
        StaticType holder = program.staticType(m, new Value.PathValue(p.prefix()));
        if (!concurrent(summaries, m.owner()) && !concurrent(summaries, program.type(holder.name()))) {
            return null;
        }
        return carriers.describe(fa.value()) + " is stored in `" + p.display() + "`, a field of another object";
    }

    private static boolean shared(Value receiver) {
        AccessPath p = receiver.pathOrNull();
        return p != null && p.root() == AccessPath.Root.STATIC;
    }

    private static boolean isThread(Program program, MethodInfo m, Value v) {
        StaticType t = program.staticType(m, v);
        return t.name() != null && program.is(t.name(), TypeTrait.THREAD);
    }

    /** A call that starts the thread it is called on ({@code thread.start()}), whatever the receiver's type. */
    private static boolean startsReceiver(Program program, Event.Call call) {
        return program.knowledge().traitsByName(call.name(), call.args().size()).contains(MethodTrait.STARTS_RECEIVER);
    }

    /**
     * Reports the escape at event {@code index}, naming the fields assigned after it that the handed code
     * may read: a warning, the object is seen half built. When there are none, a note naming what else can
     * leave them unseen: a hand-over that orders nothing ({@code safe} false), or a subclass constructor
     * or an own method still to run.
     */
    private static void report(RuleContext context, Program program, MethodInfo m, int index, String escape,
                               boolean safe) {
        List<String> later = new ArrayList<>();
        List<Event> events = m.facts().events();
        Event at = events.get(index);
        Event firstLater = null;
        for (Event e : events.subList(index + 1, events.size())) {
            if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isOwnField()
                    && !VariableUses.exclusive(m, at, e)
                    && !later.contains(fa.path().lastField()) && mayRead(program, m, index, fa)) {
                later.add(fa.path().lastField());
                if (firstLater == null) {
                    firstLater = e;
                }
            }
        }
        String type = m.owner().simpleName();
        String tail = !later.isEmpty() ? "; " + names(later) + (later.size() == 1 ? " is" : " are") + " assigned only after it"
                : !safe ? "; the hand-over is none known to order the constructor's writes before the other side's reads "
                + "(a started thread, an executor, a thread-safe collection, a volatile field), so it may see "
                + "fields not yet written"
                : "; a subclass constructor or a method of the object called after it may still be assigning what the "
                + "handed code reads";
        RuleContext.FindingBuilder finding = context.report(m, at.pos(), "`this` escapes the constructor of `" + type
                + "`: " + escape + tail + ". Another thread or a callback can use the object half built; register it "
                + "or start the thread after construction (a factory method or a start() method)");
        finding.related(m, m.facts().pos(), "the constructor of `" + type + "`");
        if (firstLater != null) {
            finding.related(m, firstLater.pos(), "`" + later.get(0) + "` is assigned after `this` escaped");
        } else {
            // No field the handed code reads is assigned after the escape: the harm rests on the memory
            // model's visibility of writes already made, or on code not in sight (a subclass, a later call).
            finding.note();
        }
        finding.add();
    }

    private static String names(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String f : fields.subList(0, Math.min(3, fields.size()))) {
            quoted.add("`" + f + "`");
        }
        return String.join(", ", quoted) + (fields.size() > 3 ? " and others" : "");
    }
}
