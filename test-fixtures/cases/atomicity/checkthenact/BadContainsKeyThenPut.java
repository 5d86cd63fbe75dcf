package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Opens a session only if none exists, with containsKey then put: two threads can both pass the check and one token is lost. */
public class BadContainsKeyThenPut {
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    public boolean open(String user, String token) {
        if (!sessions.containsKey(user)) {
            sessions.put(user, token); // expect: CheckThenAct
            return true;
        }
        return false;
    }
}
