package publication.unsafelazyinit;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The same hand-over of a request with its handler, but one caller keeps using the request after handing
 * it over: it adds a header while the handler may already run on the worker, so both can find the header
 * map missing, and the request is not handed over at all: every client may use it beside the worker.
 */
public class BadRequestUsedAfterHandingToHandler {
    /** What runs a request. */
    public interface Handler {
        void handle(BadRequestUsedAfterHandingToHandler request);
    }

    private final Executor worker;
    private volatile boolean onWorker;
    private Map<String, String> headers;
    private String body;
    private Runnable[] completion = new Runnable[0];

    public BadRequestUsedAfterHandingToHandler(Executor worker) {
        this.worker = worker;
    }

    public Map<String, String> headers() {
        if (headers == null) {
            headers = new HashMap<>(); // expect: UnsafeLazyInit['`headers` is lazily initialized without a lock, and a task on another thread (`anonymous Runnable.run`) uses it too']
        }
        return headers;
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
        completion = more; // expect: UnsafePublication['a new `Runnable[]` is stored in plain field `completion`']
    }

    public boolean onWorker() {
        return onWorker;
    }

    /** Runs {@code handler} on the worker thread, with this request; the caller must not use it after. */
    public BadRequestUsedAfterHandingToHandler dispatch(final Handler handler) {
        worker.execute(new Runnable() {
            @Override
            public void run() {
                onWorker = true;
                Handlers.runRoot(handler, BadRequestUsedAfterHandingToHandler.this);
            }
        });
        return this;
    }

    /** Runs handlers, finishing each request after it. */
    static final class Handlers {
        private Handlers() {
        }

        static void runRoot(Handler handler, BadRequestUsedAfterHandingToHandler request) {
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
        public void handle(BadRequestUsedAfterHandingToHandler request) {
            if (!request.onWorker()) {
                request.dispatch(next);
                request.headers().put("x-queued", "1");
                return;
            }
            next.handle(request);
        }
    }

    /** Echoes the request's body with a header. */
    public static final class Echo implements Handler {
        @Override
        public void handle(BadRequestUsedAfterHandingToHandler request) {
            request.headers().put("x-echo", "1");
            request.setBody("echo " + request.body());
            request.onComplete(() -> System.out.println("done"));
        }
    }
}
