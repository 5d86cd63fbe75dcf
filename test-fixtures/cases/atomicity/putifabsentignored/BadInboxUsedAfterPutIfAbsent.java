package atomicity.putifabsentignored;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;

/** Delivers a message into a fresh inbox that may have lost the putIfAbsent race: the message goes to a queue nobody reads. */
public class BadInboxUsedAfterPutIfAbsent {
    private final ConcurrentMap<String, Queue<String>> inboxes = new ConcurrentHashMap<>();

    public void deliver(String user, String message) {
        Queue<String> inbox = new ConcurrentLinkedQueue<>();
        inboxes.putIfAbsent(user, inbox); // expect: PutIfAbsentIgnored
        inbox.add(message);
    }
}
