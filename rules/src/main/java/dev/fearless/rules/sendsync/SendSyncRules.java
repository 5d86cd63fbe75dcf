package dev.fearless.rules.sendsync;

import dev.fearless.rule.Rule;
import java.util.List;

/** The rules of the sendsync family. Adding a rule is one line here. */
public final class SendSyncRules {

    private SendSyncRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new NonSendCapture(),
                new ParallelStreamSideEffect(),
                new UseAfterSend(),
                new ReadLockWrite(),
                new BlockingInAsync());
    }
}
