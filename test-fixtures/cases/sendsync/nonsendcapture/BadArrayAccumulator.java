package sendsync.nonsendcapture;

import java.util.concurrent.CompletableFuture;

/** Two async stages add into the same captured long[] cell: increments are lost. */
public class BadArrayAccumulator {
    public long totalBytes(String[] left, String[] right) {
        long[] total = new long[1];
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> {
            for (String s : left) {
                total[0] += s.length(); // expect: NonSendCapture
            }
        });
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> {
            for (String s : right) {
                total[0] += s.length(); // expect: NonSendCapture
            }
        });
        CompletableFuture.allOf(a, b).join();
        return total[0];
    }
}
