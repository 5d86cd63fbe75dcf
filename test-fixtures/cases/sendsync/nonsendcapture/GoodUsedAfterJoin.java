package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.List;

/** The spawner reads the captured list only after join(), which ends the thread's use of it. */
public class GoodUsedAfterJoin {
    public List<String> scan(String root) throws InterruptedException {
        List<String> found = new ArrayList<>();
        Thread walker = new Thread(() -> {
            for (String part : root.split("/")) {
                found.add(part);
            }
        });
        walker.start();
        walker.join();
        found.removeIf(String::isEmpty);
        return found;
    }
}
