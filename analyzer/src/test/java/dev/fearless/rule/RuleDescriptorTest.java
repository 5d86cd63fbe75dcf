package dev.fearless.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names that silence a rule: fearless's own, and its peers' as each tool's suppressions write them (Error Prone's
 * alternative names too). */
class RuleDescriptorTest {

    @Test
    void suppressionNames_spellEachPeerAsItsToolDoes() {
        RuleDescriptor rule = new RuleDescriptor("Example", Family.MISUSE, Severity.WARNING, "summary",
                List.of("errorprone:WaitNotInLoop", "javac:this-escape", "intellij:SynchronizeOnThis", "sonar:S2142",
                        "pmd:DontCallThreadRun", "spotbugs:JLM_JSR166_UTILCONCURRENT_MONITORENTER",
                        "infer:THREAD_SAFETY_VIOLATION", "errorprone:GuardedBy"),
                "", "", null);
        assertEquals(List.of("fearless", "fearless:Example", "WaitNotInLoop", "this-escape", "SynchronizeOnThis",
                "java:S2142", "squid:S2142", "PMD.DontCallThreadRun", "spotbugs:JLM_JSR166_UTILCONCURRENT_MONITORENTER",
                "GuardedBy", "GuardedByChecker"),
                rule.suppressionNames());
    }
}
