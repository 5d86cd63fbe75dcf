package dev.fearless.budget;

/**
 * An analysis that a limit cut short in a run: which analysis ({@code access summaries}), which limit
 * ({@code 96 accesses per method}), at how many places, and one of them as an example. Reported as a
 * notification, so that a result that is less complete than it could be never looks complete.
 */
public record Cutoff(String analysis, String limit, int count, String example) {

    /** One line for a report: {@code access summaries: 96 accesses kept per method (12 places, e.g. p.T.m)}. */
    public String describe() {
        return analysis + ": " + limit + " (" + count + (count == 1 ? " place" : " places")
                + (example.isEmpty() ? "" : ", e.g. " + example) + ")";
    }
}
