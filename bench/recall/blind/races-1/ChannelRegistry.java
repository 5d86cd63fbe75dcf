// EXPECT: putIfAbsent-result-ignored @ line 32
package probe.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Pub/sub channel registry for the notification service; channels are created on first subscription. */
public class ChannelRegistry {
    static final class Channel {
        final String name;
        final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();

        Channel(String name) {
            this.name = name;
        }

        void publish(String message) {
            subscribers.forEach(s -> s.accept(message));
        }
    }

    private final ConcurrentMap<String, Channel> channels = new ConcurrentHashMap<>();

    public Channel subscribe(String channelName, Consumer<String> subscriber) {
        Channel channel = new Channel(channelName);
        channels.putIfAbsent(channelName, channel); // BUG: putIfAbsent result ignored; if another thread won, the subscriber is attached to an orphan channel that never receives messages
        channel.subscribers.add(subscriber);
        return channel;
    }

    public void publish(String channelName, String message) {
        Channel channel = channels.get(channelName);
        if (channel != null) {
            channel.publish(message);
        }
    }

    public static void main(String[] args) {
        ChannelRegistry registry = new ChannelRegistry();
        AtomicInteger received = new AtomicInteger();
        List<CompletableFuture<Channel>> subscriptions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            subscriptions.add(CompletableFuture.supplyAsync(
                    () -> registry.subscribe("orders", msg -> received.incrementAndGet())));
        }
        CompletableFuture.allOf(subscriptions.toArray(new CompletableFuture[0])).join();
        registry.publish("orders", "order-created:42");
        System.out.println("delivered to " + received.get() + " of 8 subscribers");
    }
}
