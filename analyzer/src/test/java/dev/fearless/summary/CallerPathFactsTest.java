package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Guard.TestKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerPathFactsTest {

    private final Analyzed a = Analyzed.of("""
            class Store {
                void cleanup() { sync(false); }
                void sync(boolean flush) { merge(flush); }
                void merge(boolean flush) { }
                void quiet() { save(false); }
                void loud() { sync2(true); }
                void sync2(boolean flush) { save(flush); }
                void save(boolean flush) { }
                void never(boolean flush) { }
            }
            """);

    private boolean ruledOut(String method) {
        Condition flush = new Condition(List.of(new Condition.ParamTest("flush", TestKind.IS_TRUE)));
        return a.summaries().effects().paths().ruledOutByCallers(a.method("Store", method), flush);
    }

    @Test
    void parameterConstantFalseTwoCallersUp_rulesOutItsBranch() {
        assertTrue(ruledOut("merge"));
        assertTrue(ruledOut("sync"));
    }

    @Test
    void oneCallerPassingTrue_keepsTheBranch() {
        assertFalse(ruledOut("save"));
    }

    @Test
    void methodNobodyCalls_isNotRuledOut() {
        assertFalse(ruledOut("never"));
    }
}
