package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Once the connection is ready, a continuation fills the request in; the method only returns the
 * reference to its caller, it does not read or change the request itself.
 */
public class GoodHandedOffThenReturned {
    static final class Request {
        final List<String> lines = new ArrayList<>();
        boolean sent;

        void write(String connection) {
            lines.add(connection);
            sent = true;
        }
    }

    public Request send(CompletableFuture<String> connection) {
        Request request = new Request();
        connection.thenAcceptAsync(c -> request.write(c));
        return request;
    }
}
