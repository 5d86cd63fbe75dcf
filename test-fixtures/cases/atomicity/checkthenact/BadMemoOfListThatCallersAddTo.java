package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The look-alike of a memo: the value filled on a miss is a new list that the method then adds to.
 * Two threads that miss at once each add to their own list, and the put that loses takes its
 * subscriber with it.
 */
public class BadMemoOfListThatCallersAddTo {
    private final Map<String, List<Runnable>> subscribers = new ConcurrentHashMap<>();

    public void subscribe(String topic, Runnable subscriber) {
        List<Runnable> list = subscribers.get(topic);
        if (list == null) {
            list = new ArrayList<>();
            subscribers.put(topic, list); // expect: CheckThenAct['another thread can change it in between and its update is lost']
        }
        list.add(subscriber);
    }
}
