package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The same task body, submitted once per URL, puts into one captured HashMap from many pool threads. */
public class BadSubmittedInLoop {
    private final ExecutorService pool;

    public BadSubmittedInLoop(ExecutorService pool) {
        this.pool = pool;
    }

    public Map<String, Integer> sizes(List<String> urls) throws InterruptedException, ExecutionException {
        Map<String, Integer> sizes = new HashMap<>();
        List<Future<Integer>> pending = new ArrayList<>();
        for (String url : urls) {
            pending.add(pool.submit(() -> sizes.put(url, download(url).length()))); // expect: NonSendCapture['handed off once per iteration of the loop at line 22']
        }
        for (Future<Integer> f : pending) {
            f.get();
        }
        return sizes;
    }

    private static String download(String url) {
        return "<html>" + url + "</html>";
    }
}
