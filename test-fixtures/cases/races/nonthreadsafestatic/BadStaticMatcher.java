package races.nonthreadsafestatic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A static Matcher reused with reset(): a Matcher holds per-match state, so two threads validating at once corrupt each other. */
public final class BadStaticMatcher {
    private static final Matcher DIGITS = Pattern.compile("\\d{4,8}").matcher("");

    private BadStaticMatcher() {
    }

    public static boolean isPin(String input) {
        return DIGITS.reset(input).matches(); // expect: NonThreadSafeStatic
    }
}
