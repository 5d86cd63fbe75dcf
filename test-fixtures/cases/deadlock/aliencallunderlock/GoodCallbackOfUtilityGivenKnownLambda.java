package deadlock.aliencallunderlock;

import java.util.function.Supplier;

/**
 * A public precondition helper takes a message supplier, which code outside could give; here, under the
 * lock, the caller gives its own lambda, so what runs is known (hadoop Preconditions.checkState with a
 * message supplier).
 */
public class GoodCallbackOfUtilityGivenKnownLambda {
    private int state;

    public synchronized void advance(int expected) {
        Checks.checkState(state == expected, () -> "state " + state + " is not " + expected);
        state++;
    }

    /** Preconditions. */
    public static final class Checks {
        private Checks() {
        }

        public static void checkState(boolean ok, Supplier<String> message) {
            if (!ok) {
                throw new IllegalStateException(message.get());
            }
        }
    }
}
