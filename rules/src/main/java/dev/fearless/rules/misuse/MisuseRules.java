package dev.fearless.rules.misuse;

import dev.fearless.rule.Rule;
import java.util.List;

/** The rules of the misuse family. Adding a rule is one line here. */
public final class MisuseRules {

    private MisuseRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new EmptySynchronized(),
                new IgnoredFuture(),
                new InterruptSwallowed(),
                new MonitorNotHeld(),
                new MonitorOnConcurrencyObject(),
                new NotifyInsteadOfNotifyAll(),
                new SyncOnGetClass(),
                new SyncOnLocal(),
                new SyncOnNonFinalField(),
                new SyncOnSharedConstant(),
                new ThreadNeverStarted(),
                new ThreadRunCall(),
                new UnreleasedLock(),
                new WaitNotInLoop());
    }
}
