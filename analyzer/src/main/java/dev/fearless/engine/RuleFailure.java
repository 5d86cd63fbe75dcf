package dev.fearless.engine;

/**
 * A rule that threw instead of finishing a check: the run goes on without that check's findings.
 * {@code path} and {@code declaration} say what was being checked when it first threw (empty for a
 * whole-program rule); {@code count} is how many checks of the rule threw in all.
 */
public record RuleFailure(String ruleId, String path, String declaration, Throwable error, int count) {

    /** One line for a report: {@code rule RuleId failed on pkg.Type.method (File.java): java.lang.X: message}. */
    public String describe() {
        String where = declaration.isEmpty() ? "" : " on " + declaration + (path.isEmpty() ? "" : " (" + path + ")");
        String times = count > 1 ? " (and " + (count - 1) + " more time" + (count > 2 ? "s" : "") + ")" : "";
        return "rule " + ruleId + " failed" + where + ": " + error + times;
    }
}
