package dev.fearless.rules.atomicity;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.Describe;
import dev.fearless.summary.LocalUses;
import dev.fearless.summary.Summaries;
import java.util.List;

/**
 * Check-then-act on a key's entry: a method takes a key out of a thread-safe map
 * ({@code Hold h = holds.remove(cart)}) where a check found it there ({@code if (holds.containsKey(cart))},
 * {@code holds.get(cart) != null}), and then uses what the take handed back as if the check still held
 * ({@code h.quantity}). Each call is atomic, not the pair: another thread taking the same key in between
 * leaves this one a {@code null}. A method that tests the value it took, or does not use it, is not
 * reported (the check is then only redundant).
 */
final class TakeAfterCheck {

    private TakeAfterCheck() {
    }

    /** Reports the take at {@code index} if it is one; whether it did. */
    static boolean report(MethodScope scope, int index, Event.Call take, AccessPath target, String kind) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        String type = program.staticType(m, take.receiver()).name();
        if (!scope.knowledge().inGroup(NameGroup.KEYED_TAKE, take.name()) || take.args().size() != 1
                || type == null || !program.is(type, TypeTrait.MAP)) {
            return false;
        }
        Integer check = foundThere(scope, index, take, target);
        Event use = check == null ? null : usedUntested(m.facts().events(), m, index);
        FieldInfo field = program.field(m, target);
        if (use == null || field == null) {
            return false;
        }
        Summaries summaries = scope.summaries();
        Conflicts.Race race = Conflicts.at(program, summaries, field, m, take.pos(), u -> true,
                v -> v.call() != null && scope.knowledge().inGroup(NameGroup.KEYED_TAKE, v.call()));
        if (race == null || race == Conflicts.Race.NONE) {
            return false;
        }
        Event.Call checkCall = m.facts().callAt(check);
        RuleContext.FindingBuilder finding = scope.context().report(m, take.pos(), "check-then-act on " + kind + " `"
                + target.display() + "`: `" + checkCall.name() + "` found the key and then `" + take.name() + "` takes "
                + "it; each is atomic, but not together: another thread can take the same key in between, and `"
                + take.name() + "` then returns null, which line " + use.pos().line() + " uses as the value found; "
                + "take it once and test the result (`v = " + target.display() + "." + take.name() + "(k); if (v != null)"
                + " ...`); " + Conflicts.proof(summaries, race.use(), race.other()))
                .related(m, checkCall.pos(), "the check is here")
                .related(m, use.pos(), "the value taken is used here, untested");
        if (race.other() != race.use()) {
            finding.related(race.other().originMethod(), race.other().origin(), "`" + field.name()
                    + "` is changed here, in " + Describe.side(race.other()) + " (the other side)");
        }
        finding.add();
        return true;
    }

    /**
     * The check on the same map and key ({@code containsKey}, {@code get}) that found the key there, under
     * which the take runs ({@link CheckThenAct#checkCall}), or {@code null}.
     */
    private static Integer foundThere(MethodScope scope, int index, Event.Call take, AccessPath target) {
        MethodInfo m = scope.method();
        Value key = take.args().get(0);
        if (key instanceof Value.Other || key instanceof Value.Choice c && c.results()) {
            return null;
        }
        for (Guard g : m.facts().guardChain(take)) {
            for (Guard.Test t : g.implied()) {
                if (t.kind() == Guard.TestKind.IS_TRUE || t.kind() == Guard.TestKind.NOT_NULL) {
                    Integer check = CheckThenAct.checkCall(scope.knowledge(), m, t.subject(), target, key, index, g.pos());
                    if (check != null) {
                        return check;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The first event that uses the take's result as an object (a call on it, a field of it), directly or
     * through the local it is kept in, where no condition tests that value; {@code null} when none does, or
     * when the method tests it anywhere (a later {@code if (v == null) return;} counts).
     */
    private static Event usedUntested(List<Event> events, MethodInfo m, int index) {
        Value result = new Value.CallResult(index);
        String local = keptIn(events, index);
        for (Guard g : m.facts().guards()) {
            for (Guard.Test t : g.implied()) {
                if (names(t.subject(), result, local)) {
                    return null;
                }
            }
        }
        for (int j = index + 1; j < events.size(); j++) {
            Event e = events.get(j);
            if (e instanceof Event.Call c && (names(c.receiver(), result, local)
                    || c.args().stream().anyMatch(v -> fieldOf(v.pathOrNull(), local)))
                    || e instanceof Event.FieldAccess a && (fieldOf(a.path(), local) || a.value() != null && fieldOf(a.value().pathOrNull(), local))
                    || e instanceof Event.LocalAssign la && fieldOf(la.value().pathOrNull(), local)
                    || e instanceof Event.Return r && r.value() != null && fieldOf(r.value().pathOrNull(), local)) {
                return e;
            }
        }
        return null;
    }

    /** The local the result of the call at {@code index} is assigned to, or {@code null}. */
    static String keptIn(List<Event> events, int index) {
        Value result = new Value.CallResult(index);
        for (int j = index + 1; j < events.size(); j++) {
            if (events.get(j) instanceof Event.LocalAssign la && result.equals(la.value())) {
                return la.local();
            }
        }
        return null;
    }

    /** Whether {@code p} reads a field of the object in local {@code local} ({@code hold.quantity}). */
    private static boolean fieldOf(AccessPath p, String local) {
        return local != null && p != null && p.isField() && p.root() == AccessPath.Root.LOCAL && p.rootName().equals(local);
    }

    private static boolean names(Value v, Value result, String local) {
        return result.equals(v) || local != null && LocalUses.is(v, local);
    }
}
