package atomicity.checkthenact;

/**
 * The range of Java Concurrency in Practice's listing 4.10 with volatile bounds: each read and write is
 * atomic and visible, but a bound checked against the other and then stored is not, so two threads
 * setting both bounds at once can leave lower above upper.
 */
public class BadRangeBoundsInTwoVolatiles {

    private volatile int lower;
    private volatile int upper;

    public void setLower(int i) {
        if (i > upper) {
            throw new IllegalArgumentException("can't set lower to " + i + " > upper");
        }
        lower = i; // expect: CheckThenAct['check-then-act across two volatile fields: `i` is checked against `upper` and then stored in `lower`']
    }

    public void setUpper(int i) {
        if (i < lower) {
            throw new IllegalArgumentException("can't set upper to " + i + " < lower");
        }
        upper = i; // expect: CheckThenAct['another thread can change `lower` in between']
    }

    public boolean isInRange(int i) {
        return i >= lower && i <= upper;
    }
}
