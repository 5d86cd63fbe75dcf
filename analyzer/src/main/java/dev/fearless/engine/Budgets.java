package dev.fearless.engine;

/**
 * How long pieces of work may run before they are cut off and reported (never silently): the rules
 * on one file, a whole-program rule, and the extraction of one file. Real code stays far below these;
 * they exist so that a huge generated file costs a notification, not a hung run.
 */
public record Budgets(long ruleMillisPerFile, long ruleMillisPerProgram, long extractMillisPerFile) {

    /** Budgets no reasonable source comes near: a rule gets 10 s per file, 120 s on the whole program. */
    public static final Budgets DEFAULT = new Budgets(10_000, 120_000, 60_000);

    public Budgets {
        if (ruleMillisPerFile < 1 || ruleMillisPerProgram < 1 || extractMillisPerFile < 1) {
            throw new IllegalArgumentException("budgets must be at least 1 ms");
        }
    }

    /** A budget as a reader would say it: {@code 50 ms}, {@code 10 s}. */
    public static String text(long millis) {
        return millis < 1000 || millis % 1000 != 0 ? millis + " ms" : millis / 1000 + " s";
    }
}
