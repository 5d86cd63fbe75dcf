package races.threadsafeviolation;

import net.jcip.annotations.ThreadSafe;

/** A @ThreadSafe client holding a final reference to a mutable, unsynchronized RetrySettings object. */
@ThreadSafe
public class BadMutableCollaboratorField {
    private final RetrySettings settings; // expect: ThreadSafeViolation

    public BadMutableCollaboratorField(RetrySettings settings) {
        this.settings = settings;
    }

    public boolean shouldRetry(int attempt) {
        return attempt < settings.maxAttempts();
    }
}

/** Plain mutable settings: a setter and no synchronization, so not thread-safe. */
class RetrySettings {
    private int maxAttempts = 3;

    void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    int maxAttempts() {
        return maxAttempts;
    }
}
