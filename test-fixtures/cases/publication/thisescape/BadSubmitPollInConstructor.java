package publication.thisescape;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** The constructor submits a task calling this.poll(), which may run before the endpoint field is written. */
public class BadSubmitPollInConstructor {
    private final AtomicLong polls = new AtomicLong();
    private final Future<?> polling;
    private final String endpoint;

    public BadSubmitPollInConstructor(ExecutorService executor, String endpoint) {
        this.polling = executor.submit(() -> poll()); // expect: ThisEscape['handed to `executor.submit(...)`'], ThisEscape['`endpoint` is assigned only after it']
        this.endpoint = endpoint;
    }

    private void poll() {
        polls.incrementAndGet();
        System.out.println("polling " + endpoint.toUpperCase());
    }

    public void stop() {
        polling.cancel(true);
    }
}
