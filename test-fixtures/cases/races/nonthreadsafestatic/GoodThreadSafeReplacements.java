package races.nonthreadsafestatic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Static DateTimeFormatter and Pattern are immutable and thread-safe; a Matcher is created per call. */
public final class GoodThreadSafeReplacements {
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final Pattern DIGITS = Pattern.compile("\\d{4,8}");

    private GoodThreadSafeReplacements() {
    }

    public static String archiveName(String prefix, LocalDate day) {
        return prefix + "-" + ISO_DAY.format(day) + ".log";
    }

    public static boolean isPin(String input) {
        return DIGITS.matcher(input).matches();
    }
}
