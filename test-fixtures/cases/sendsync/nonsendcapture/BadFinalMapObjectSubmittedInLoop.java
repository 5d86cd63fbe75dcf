package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One cache object, whose only field is final, is captured by a task handed to the pool once per page:
 * the final field holds a plain HashMap that {@code render} fills, so the pool threads fill it at once.
 */
public class BadFinalMapObjectSubmittedInLoop {
    private final ExecutorService pool;

    public BadFinalMapObjectSubmittedInLoop(ExecutorService pool) {
        this.pool = pool;
    }

    public int renderAll(List<String> pages) throws InterruptedException, ExecutionException {
        PageCache cache = new PageCache();
        List<Future<String>> pending = new ArrayList<>();
        for (String page : pages) {
            pending.add(pool.submit(() -> cache.render(page))); // expect: NonSendCapture['`cache` is not thread-safe but is shared with a task run on another thread by `pool.submit(...)`'], NonSendCapture['handed off once per iteration of the loop at line 25, so several copies of it change it at once']
        }
        int length = 0;
        for (Future<String> f : pending) {
            length += f.get().length();
        }
        return length;
    }
}

final class PageCache {
    private final Map<String, String> rendered = new HashMap<>();

    String render(String page) {
        String html = rendered.get(page);
        if (html == null) {
            html = "<html>" + page + "</html>";
            rendered.put(page, html); // expect: UnguardedWrite['`rendered.put()` changes `rendered` without a lock, by tasks that run on other threads, all on one object']
        }
        return html;
    }
}
