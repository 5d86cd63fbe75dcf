package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/**
 * Pooled objects handed back to their pool. A method that resets an object's fields and then gives the
 * object itself back to its pool ({@link MethodTrait#RECYCLES}: pulsar's {@code MessageImpl.recycle},
 * {@code handle.recycle(this)}) ends its owner's use of it: the pool hands it to the next owner through
 * its own thread-safe structure, and an access that meets the reset is a use after release by the
 * caller, not a race of the object's class.
 */
public final class Recycling {

    private Recycling() {
    }

    /** Whether the use is made by a method that gives its object back to a pool after the access. */
    public static boolean releasing(Program program, FieldUse u) {
        MethodInfo m = u.originMethod();
        int at = u.originEvent();
        if (at < 0 || m.facts().isClosure()) {
            return false;
        }
        List<Event> events = m.facts().events();
        for (int i = at + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Call c && c.args().stream().anyMatch(Value::isSelf)
                    && program.traits(m, c).contains(MethodTrait.RECYCLES)) {
                return true;
            }
        }
        return false;
    }
}
