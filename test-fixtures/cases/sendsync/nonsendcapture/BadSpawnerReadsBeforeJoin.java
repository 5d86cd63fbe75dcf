package sendsync.nonsendcapture;

import java.util.List;

/** The thread appends to a captured StringBuilder while the spawner reads its length before join(). */
public class BadSpawnerReadsBeforeJoin {
    public String render(List<String> rows) throws InterruptedException {
        StringBuilder report = new StringBuilder();
        Thread renderer = new Thread(() -> {
            for (String row : rows) {
                report.append(row).append('\n'); // expect: NonSendCapture['`report` is not thread-safe but is shared with a task run on another thread by `new Thread(...).start()` at line 14'], NonSendCapture['`BadSpawnerReadsBeforeJoin.render`, which handed it off, uses it at line 15 before waiting for the task']
            }
        });
        renderer.start();
        System.out.println("rendered so far: " + report.length());
        renderer.join();
        return report.toString();
    }
}
