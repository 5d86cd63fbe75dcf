package deadlock.classinitdeadlock;

import java.time.Duration;

/** The static initializer uses an unrelated helper class (not a subclass), which does not need this class to be initialized first: no cycle. */
public abstract class GoodNonSubclassReference {
    public static final Duration DEFAULT_TIMEOUT = TimeoutDefaults.fromEnvironment();

    public abstract Duration timeout();
}

/** Reads timeout settings; does not extend GoodNonSubclassReference. */
final class TimeoutDefaults {
    private TimeoutDefaults() {
    }

    static Duration fromEnvironment() {
        String seconds = System.getenv("APP_TIMEOUT_SECONDS");
        return Duration.ofSeconds(seconds == null ? 30 : Long.parseLong(seconds));
    }
}
