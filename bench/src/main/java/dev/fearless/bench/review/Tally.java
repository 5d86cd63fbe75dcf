package dev.fearless.bench.review;

import java.util.Locale;

/** Verdict counts for a rule or a group, and the precision they give. */
final class Tally {

    /** Fewer judged findings than this give no measured precision level. */
    static final int MIN_JUDGED = 5;

    int findings;
    int trueCount;
    int lowCount;
    int falseCount;
    int unsureCount;

    void add(Verdict v) {
        switch (v) {
            case TRUE -> trueCount++;
            case TRUE_LOW -> lowCount++;
            case FALSE -> falseCount++;
            case UNSURE -> unsureCount++;
        }
    }

    void addAll(Tally other) {
        findings += other.findings;
        trueCount += other.trueCount;
        lowCount += other.lowCount;
        falseCount += other.falseCount;
        unsureCount += other.unsureCount;
    }

    int judged() {
        return trueCount + lowCount + falseCount + unsureCount;
    }

    /** Share of judged findings that are real (TRUE or TRUE-LOW); UNSURE counts against. */
    double precision() {
        return judged() == 0 ? Double.NaN : (trueCount + lowCount) / (double) judged();
    }

    double trueShare() {
        return judged() == 0 ? Double.NaN : trueCount / (double) judged();
    }

    /**
     * The SARIF {@code properties.precision} value GitHub code scanning reads: very-high at 90 % real
     * findings or more, high at 75 %, medium at 50 %, low below; empty when too few were judged.
     */
    String level() {
        if (judged() < MIN_JUDGED) {
            return "";
        }
        double p = precision();
        return p >= 0.9 ? "very-high" : p >= 0.75 ? "high" : p >= 0.5 ? "medium" : "low";
    }

    String row(String name) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %s | %s | %s |", name, findings, judged(),
                trueCount, lowCount, falseCount, unsureCount, percent(precision()), percent(trueShare()),
                level().isEmpty() ? "—" : level());
    }

    static String header(String first) {
        return "| " + first + " | findings | judged | TRUE | TRUE-LOW | FALSE | UNSURE | real | TRUE share | level |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.0f %%", v * 100);
    }
}
