package dev.fearless.summary;

import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.TypeFacts;
import dev.fearless.facts.TypeRef;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields the race rules judge, and their uses that count: accesses to the field itself, and to
 * its contents when it holds an unsafe container or array, except those in a method documented to run
 * only on a thread its callers choose. A final, volatile, {@code @GuardedBy} (that is
 * GuardedByViolation's) or {@code @NotThreadSafe}-owned field is out of scope.
 */
public final class RaceFields {

    /** How many callers up a test hook's callers are followed. */
    private static final int TEST_HOOK_DEPTH = 3;

    private RaceFields() {
    }

    public static boolean inScope(FieldInfo f) {
        return !f.facts().isVolatile() && !f.facts().hasAnnotation("GuardedBy") && !f.facts().hasAnnotation("LazyInit")
                && !f.owner().facts().hasAnnotation("NotThreadSafe");
    }

    /**
     * The uses that touch shared state: field reads/writes, and contents of unsafe containers and arrays;
     * none when a latch of the object orders them all ({@link LatchHandoffs}).
     */
    public static List<FieldUse> relevantUses(Program program, Summaries summaries, FieldInfo f,
                                              List<FieldUse> all) {
        Nature nature = summaries.syncTypes().nature(f);
        List<FieldUse> result = new ArrayList<>();
        for (FieldUse u : all) {
            boolean contents = u.op().throughContents();
            if (contents && nature != Nature.UNSAFE) {
                continue;
            }
            if (!contents && f.facts().isFinal() || callerConfined(u.originMethod())) {
                continue;
            }
            result.add(u);
        }
        return ownThreadMark(f, all) || LatchHandoffs.ordered(program, summaries, result) ? List.of() : result;
    }

    /**
     * Whether the field only tells a thread whether it runs the object's work ({@link Modifiers#OWN_THREAD_MARK})
     * and no code outside its file uses it: no read of it can give a wrong answer.
     */
    private static boolean ownThreadMark(FieldInfo f, List<FieldUse> all) {
        if (!Modifiers.has(f.facts().modifiers(), Modifiers.OWN_THREAD_MARK)) {
            return false;
        }
        for (FieldUse u : all) {
            if (u.method().owner().file() != f.owner().file()) {
                return false;
            }
        }
        return true;
    }

    /** The evidence of the field's class, joined with that of subclasses whose methods use the field. */
    public static Evidence evidence(Summaries summaries, FieldInfo f, List<FieldUse> uses) {
        Evidence e = summaries.evidence(f.owner());
        boolean locks = e.usesLocks();
        for (FieldUse u : uses) {
            TypeInfo t = u.method().owner();
            if (t != f.owner()) {
                locks |= summaries.evidence(t).usesLocks();
            }
        }
        return new Evidence(e.threadSafe(), e.notThreadSafe(), locks, e.volatileOrAtomic(), e.singleton(),
                e.touchedByTasks());
    }

    /**
     * Whether {@code m} (or the method a closure is written in) is documented to run only on a thread its
     * callers choose: its accesses are its callers' to order ({@link dev.fearless.facts.Contract#CALLER_CONFINED}).
     */
    public static boolean callerConfined(MethodInfo m) {
        return dev.fearless.facts.Modifiers.has(m.declaringMethod().facts().modifiers(),
                dev.fearless.facts.Modifiers.CALLER_CONFINED);
    }

    /**
     * Whether {@code m}'s callers call it one at a time, as its documentation, or that of a method of a
     * supertype it implements or overrides, says ({@link dev.fearless.facts.Contract#SERIAL_CALLS}: jetty's
     * {@code Content.Source.read}, "concurrent reads from different threads are not recommended"): two of
     * its runs never overlap.
     */
    public static boolean serialCalls(Program program, MethodInfo m) {
        if (m.facts().isClosure() || m.facts().isStatic()) {
            return false;
        }
        if (dev.fearless.facts.Modifiers.has(m.facts().modifiers(), dev.fearless.facts.Modifiers.SERIAL_CALLS)) {
            return true;
        }
        for (String s : program.supertypes(m.owner().name())) {
            TypeInfo t = program.type(s);
            if (t == null || t == m.owner()) {
                continue;
            }
            for (MethodInfo o : program.lookup(t, m.name(), m.facts().arity())) {
                if (o.owner() == t && dev.fearless.facts.Modifiers.has(o.facts().modifiers(), dev.fearless.facts.Modifiers.SERIAL_CALLS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether runs of {@code a} and {@code b} never overlap on one object by contract: one method whose
     * callers call it one at a time ({@link #serialCalls}), or two steps of the one-consumer protocol of the
     * same library cursor type ({@link MethodTrait#SERIAL_CALLS}: a program {@code InputStream}'s
     * {@code read} and {@code skip}), in a class that does not itself serialize consumers (a
     * {@code synchronized} step would say it means to be read by several threads at once).
     */
    public static boolean serialPair(Program program, MethodInfo a, MethodInfo b) {
        if (a == b && serialCalls(program, a)) {
            return true;
        }
        String protocol = serialProtocol(program, a);
        return protocol != null && protocol.equals(serialProtocol(program, b))
                && !serializesConsumers(program, a.owner(), protocol) && !serializesConsumers(program, b.owner(), protocol);
    }

    /** The library cursor type whose one-consumer protocol {@code m} implements a step of, or {@code null}. */
    private static String serialProtocol(Program program, MethodInfo m) {
        if (m.facts().isClosure() || m.facts().isStatic()) {
            return null;
        }
        for (String s : program.supertypes(m.owner().name())) {
            if (program.type(s) == null
                    && program.methodTraits(s, m.name(), m.facts().arity()).contains(MethodTrait.SERIAL_CALLS)) {
                return s;
            }
        }
        return null;
    }

    /** Whether a step of the protocol in the class is {@code synchronized}: the class lets several consumers in at once. */
    private static boolean serializesConsumers(Program program, TypeInfo t, String protocol) {
        for (MethodInfo m : t.methods()) {
            if (Modifiers.has(m.facts().modifiers(), Modifiers.SYNCHRONIZED) && protocol.equals(serialProtocol(program, m))) {
                return true;
            }
        }
        return false;
    }

    /** Code written for tests ({@code @VisibleForTesting}, {@code *ForTesting}) is not run concurrently with the rest. */
    public static boolean forTesting(FieldUse u) {
        return forTesting(u.method());
    }

    /** Whether {@code m} (or the method a closure is written in) is code written for tests. */
    public static boolean forTesting(MethodInfo m) {
        MethodInfo declaring = m.declaringMethod();
        return declaring.name().endsWith("ForTesting") || declaring.facts().hasAnnotation("VisibleForTesting")
                || dev.fearless.facts.Modifiers.has(declaring.facts().modifiers(), dev.fearless.facts.Modifiers.TEST_ONLY);
    }

    /**
     * Whether {@code m} is a hook for tests: code written for tests ({@link #forTesting}) that nothing in the
     * program calls but other such hooks (a few calls up). A {@code @VisibleForTesting} method the program
     * calls is production code whose visibility was relaxed for tests; one only tests call is not.
     */
    public static boolean testHook(Program program, MethodInfo m) {
        return testHook(program, m.declaringMethod(), TEST_HOOK_DEPTH);
    }

    private static boolean testHook(Program program, MethodInfo m, int depth) {
        if (!forTesting(m)) {
            return false;
        }
        for (CallSite s : program.callGraph().callersOf(m)) {
            MethodInfo caller = s.caller().declaringMethod();
            if (caller != m && (depth == 0 || !testHook(program, caller, depth - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The clause that says a comment at the field's declaration weighed its races, for a note: it calls them
     * deliberate ("deliberately not volatile"), or it says one executor or thread accesses the field ("must be
     * accessed from syncContext"), which its authors then order; {@code null} when none does.
     */
    public static String deliberate(FieldInfo f) {
        int modifiers = f.facts().modifiers();
        if (dev.fearless.facts.Modifiers.has(modifiers, dev.fearless.facts.Modifiers.DELIBERATE_RACE)) {
            return "; a comment at the declaration of `" + f.name() + "` says its race is deliberate";
        }
        return dev.fearless.facts.Modifiers.has(modifiers, dev.fearless.facts.Modifiers.CONFINED_FIELD)
                ? "; a comment at the declaration of `" + f.name() + "` says only one executor or thread accesses it, "
                        + "which is then what orders its accesses"
                : null;
    }

    public static boolean isThreadSafeAnnotated(TypeInfo t) {
        return AnnotationFacts.has(t.facts().annotations(), "ThreadSafe");
    }

    public static boolean reads(AccessOp op) {
        return op == AccessOp.READ || op == AccessOp.ELEMENT_READ || op == AccessOp.CALL_READ;
    }

    /** Whether a value of the field's type is one immutable value (a primitive, an immutable object or an enum constant). */
    public static boolean singleValue(Program program, FieldInfo f) {
        TypeRef type = f.facts().type();
        if (type.isPrimitive()) {
            return true; // a long or double too: it tears only where a JVM writes it in two halves (JLS 17.7)
        }
        if (type.isArray()) {
            return false;
        }
        String name = program.resolveType(type, f.owner());
        var t = name == null ? null : program.type(name);
        return name != null && program.is(name, TypeTrait.IMMUTABLE)
                || t != null && t.facts().kind() == TypeFacts.Kind.ENUM;
    }
}
