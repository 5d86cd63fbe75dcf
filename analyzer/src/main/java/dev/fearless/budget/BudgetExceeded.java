package dev.fearless.budget;

/**
 * Thrown by a piece of work that ran past its time budget (a rule on one file, the extraction of one
 * file), so the engine can cut it off, report it, and go on with the rest of the run.
 */
public final class BudgetExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BudgetExceeded(String what) {
        super(what, null, false, false);
    }
}
