package races.threadsafeviolation;

import java.util.concurrent.atomic.AtomicLong;
import net.jcip.annotations.ThreadSafe;

/** A @ThreadSafe id generator whose prefix is only set in the constructor but not final: it is not safely published. */
@ThreadSafe
public class BadNonFinalConstructorField {
    private String prefix; // expect: ThreadSafeViolation['field `prefix` of @ThreadSafe class `BadNonFinalConstructorField` is not final, volatile or guarded by a lock']
    private final AtomicLong next = new AtomicLong();

    public BadNonFinalConstructorField(String prefix) {
        this.prefix = prefix;
    }

    public String nextId() {
        return prefix + "-" + next.incrementAndGet();
    }
}
