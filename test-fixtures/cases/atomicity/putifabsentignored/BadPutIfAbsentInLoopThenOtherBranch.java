package atomicity.putifabsentignored;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * As GoodPutIfAbsentOnlyInOtherBranch, but inside a loop: the next round's other branch runs after this
 * round's putIfAbsent and hands on the local this thread made, which the map may not hold.
 */
public class BadPutIfAbsentInLoopThenOtherBranch {
    private final ConcurrentMap<String, StringBuilder> logs = new ConcurrentHashMap<>();

    public void append(String key, List<String> lines) {
        StringBuilder log = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                logs.putIfAbsent(key, log); // expect: PutIfAbsentIgnored['the result of `putIfAbsent` is ignored, but `log` is used afterwards']
            } else {
                log.append(line);
            }
        }
    }
}
