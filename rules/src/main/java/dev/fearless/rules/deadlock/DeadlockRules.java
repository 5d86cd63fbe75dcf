package dev.fearless.rules.deadlock;

import dev.fearless.rule.Rule;
import java.util.List;

/** The rules of the deadlock family. Adding a rule is one line here. */
public final class DeadlockRules {

    private DeadlockRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new AlienCallUnderLock(),
                new BlockingUnderLock(),
                new ClassInitDeadlock(),
                new DynamicLockOrder(),
                new LockOrderInversion(),
                new LockUpgrade());
    }
}
