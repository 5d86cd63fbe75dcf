package publication.unsafelazyinit;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The same hand-over of a request with its handler, but the hand-over also arms a timeout that marks the
 * request from the timer's thread. The timer is no holder the request is handed to: it can make the header
 * map while the handler on the worker makes it too.
 */
public class BadRequestAlsoTouchedByTimeoutTimer {
    /** What runs a request. */
    public interface Handler {
        void handle(BadRequestAlsoTouchedByTimeoutTimer request);
    }

    private final Executor worker;
    private final ScheduledExecutorService timer;
    private volatile boolean onWorker;
    private Map<String, String> headers;
    private String body;
    private Runnable[] completion = new Runnable[0];

    public BadRequestAlsoTouchedByTimeoutTimer(Executor worker, ScheduledExecutorService timer) {
        this.worker = worker;
        this.timer = timer;
    }

    public Map<String, String> headers() {
        if (headers == null) {
            headers = new HashMap<>(); // expect: UnsafeLazyInit['`headers` is lazily initialized without a lock, and a task on another thread (`BadRequestAlsoTouchedByTimeoutTimer.dispatch`) uses it too']
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
        completion = more;
    }

    public boolean onWorker() {
        return onWorker;
    }

    /** Runs {@code handler} on the worker thread, with this request; the caller must not use it after. */
    public BadRequestAlsoTouchedByTimeoutTimer dispatch(final Handler handler) {
        worker.execute(new Runnable() {
            @Override
            public void run() {
                onWorker = true;
                Handlers.runRoot(handler, BadRequestAlsoTouchedByTimeoutTimer.this);
            }
        });
        timer.schedule(() -> headers().put("x-timed-out", "1"), 30, TimeUnit.SECONDS);
        return this;
    }

    /** Runs handlers, finishing each request after it. */
    static final class Handlers {
        private Handlers() {
        }

        static void runRoot(Handler handler, BadRequestAlsoTouchedByTimeoutTimer request) {
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
        public void handle(BadRequestAlsoTouchedByTimeoutTimer request) {
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
        public void handle(BadRequestAlsoTouchedByTimeoutTimer request) {
            request.headers().put("x-echo", "1");
            request.setBody("echo " + request.body());
            request.onComplete(() -> System.out.println("done"));
        }
    }
}
