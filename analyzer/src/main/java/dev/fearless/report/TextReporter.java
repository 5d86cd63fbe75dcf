package dev.fearless.report;

import dev.fearless.rule.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * Compiler-style text: {@code path:line:col: severity: [RuleId] message}, one finding per line, so
 * editors and CI logs link each line to the source.
 */
public final class TextReporter {

    public void write(List<Finding> findings, PrintWriter out) {
        for (Finding f : findings) {
            out.println(line(f));
        }
        out.flush();
    }

    public static String line(Finding f) {
        return f.location().path() + ":" + f.location().pos().line() + ":" + f.location().pos().column() + ": "
                + f.severity().label() + ": [" + f.ruleId() + "] " + f.message();
    }
}
