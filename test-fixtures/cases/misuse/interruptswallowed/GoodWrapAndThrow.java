package misuse.interruptswallowed;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Client that wraps InterruptedException in an unchecked exception and throws it: the interruption is reported, not swallowed. */
public class GoodWrapAndThrow {

    public static String await(Future<String> reply) {
        try {
            return reply.get();
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted while waiting for the reply", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("request failed", e.getCause());
        }
    }
}
