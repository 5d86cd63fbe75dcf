package publication.unsafelazyinit;

import java.util.regex.Pattern;

/** A volatile field lazily set to an immutable Pattern: a race only compiles the same pattern twice, and readers see it whole. */
public class GoodVolatileIdempotent {
    private final String regex;
    private volatile Pattern pattern;

    public GoodVolatileIdempotent(String regex) {
        this.regex = regex;
    }

    public boolean matches(String input) {
        if (pattern == null) {
            pattern = Pattern.compile(regex);
        }
        return pattern.matcher(input).matches();
    }
}
