package sendsync.blockinginasync;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The look-alike of GoodMapOfFuturesWalkedAfterAllOfValues whose stage walks another map than the one
 * allOf waited for: its futures may still run, and the get holds the completing thread while it waits.
 */
public class BadMapOfFuturesWalkedAfterAllOfOthers {
    public CompletableFuture<Map<String, Long>> offsets(Map<String, CompletableFuture<Long>> lookups,
                                                        Map<String, CompletableFuture<Long>> retries) {
        Map<String, CompletableFuture<Long>> byTopic = new HashMap<>(lookups);
        CompletableFuture<Map<String, Long>> result = new CompletableFuture<>();
        CompletableFuture.allOf(byTopic.values().toArray(new CompletableFuture<?>[0]))
                .whenComplete((ignored, failure) -> {
                    Map<String, Long> offsets = new HashMap<>();
                    retries.forEach((topic, future) -> {
                        long offset;
                        try {
                            offset = future.get(); // expect: BlockingInAsync['`future.get()` blocks inside a `whenComplete` stage']
                        } catch (InterruptedException | ExecutionException e) {
                            offset = -1;
                        }
                        offsets.put(topic, offset);
                    });
                    result.complete(offsets);
                });
        return result;
    }
}
