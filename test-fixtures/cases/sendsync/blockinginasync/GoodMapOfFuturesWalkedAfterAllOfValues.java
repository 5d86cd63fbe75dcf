package sendsync.blockinginasync;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The stage runs after allOf was given the values of the map, and walks the same map: every future it
 * gets is done, so no get blocks (pulsar MultiTopicsConsumerImpl.getLastMessageIdAsync).
 */
public class GoodMapOfFuturesWalkedAfterAllOfValues {
    public CompletableFuture<Map<String, Long>> offsets(Map<String, CompletableFuture<Long>> lookups) {
        Map<String, CompletableFuture<Long>> byTopic = new HashMap<>(lookups);
        CompletableFuture<Map<String, Long>> result = new CompletableFuture<>();
        CompletableFuture.allOf(byTopic.values().toArray(new CompletableFuture<?>[0]))
                .whenComplete((ignored, failure) -> {
                    Map<String, Long> offsets = new HashMap<>();
                    byTopic.forEach((topic, future) -> {
                        long offset;
                        try {
                            offset = future.get();
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
