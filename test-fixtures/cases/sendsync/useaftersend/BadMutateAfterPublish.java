package sendsync.useaftersend;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.SubmissionPublisher;

/** An event map is submitted to a publisher (subscribers run on its executor) and then edited by the sender. */
public class BadMutateAfterPublish {
    private final SubmissionPublisher<Map<String, String>> publisher;

    public BadMutateAfterPublish(SubmissionPublisher<Map<String, String>> publisher) {
        this.publisher = publisher;
    }

    public int emit(String type, String id) {
        Map<String, String> event = new HashMap<>();
        event.put("type", type);
        int lag = publisher.submit(event);
        event.put("id", id); // expect: UseAfterSend
        return lag;
    }
}
