package publication.unsafelazyinit;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * A request that runs the caller's handler on a worker thread with the request itself: the caller hands
 * the request over together with the handler, and every caller in the program lets go of it with the call
 * (it returns right after). The handler's work on the worker continues the caller's, after it and never
 * beside it, so the lazily made header map and response, and the grown array of completion hooks, are each
 * used by one holder at a time. The volatile flag only marks the hand-over, though the response's getter
 * reads it.
 */
public class GoodRequestHandedToHandlerOnWorker {
    /** What runs a request. */
    public interface Handler {
        void handle(GoodRequestHandedToHandlerOnWorker request);
    }

    private final Executor worker;
    private volatile boolean onWorker;
    private Map<String, String> headers;
    private String body;
    private StringBuilder response;
    private Runnable[] completion = new Runnable[0];

    public GoodRequestHandedToHandlerOnWorker(Executor worker) {
        this.worker = worker;
    }

    public Map<String, String> headers() {
        if (headers == null) {
            headers = new HashMap<>();
        }
        return headers;
    }

    public StringBuilder response() {
        if (response == null) {
            response = new StringBuilder(onWorker ? "worker: " : "caller: ");
        }
        return response;
    }

    public String body() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public void onComplete(Runnable r) {
        Runnable[] more = new Runnable[completion.length + 1];
        System.arraycopy(completion, 0, more, 0, completion.length);
        more[completion.length] = r;
        completion = more;
    }

    public boolean onWorker() {
        return onWorker;
    }

    /** Runs {@code handler} on the worker thread, with this request; the caller must not use it after. */
    public GoodRequestHandedToHandlerOnWorker dispatch(final Handler handler) {
        worker.execute(new Runnable() {
            @Override
            public void run() {
                onWorker = true;
                Handlers.runRoot(handler, GoodRequestHandedToHandlerOnWorker.this);
            }
        });
        return this;
    }

    /** Runs handlers, finishing each request after it. */
    static final class Handlers {
        private Handlers() {
        }

        static void runRoot(Handler handler, GoodRequestHandedToHandlerOnWorker request) {
            for (Runnable r : request.completion) {
                System.out.println("queued before: " + r);
            }
            handler.handle(request);
        }
    }

    /** Moves slow requests off the caller's thread. */
    public static final class Blocking implements Handler {
        private final Handler next;

        public Blocking(Handler next) {
            this.next = next;
        }

        @Override
        public void handle(GoodRequestHandedToHandlerOnWorker request) {
            if (!request.onWorker()) {
                request.dispatch(next);
                return;
            }
            next.handle(request);
        }
    }

    /** Echoes the request's body with a header. */
    public static final class Echo implements Handler {
        @Override
        public void handle(GoodRequestHandedToHandlerOnWorker request) {
            request.headers().put("x-echo", "1");
            request.setBody("echo " + request.body());
            request.response().append(request.body());
            request.onComplete(() -> System.out.println("done"));
        }
    }
}
