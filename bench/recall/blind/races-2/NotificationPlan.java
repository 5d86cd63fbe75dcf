// EXPECT: none
package probe2.races;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// OK: the mutable Builder is filled and discarded on the calling thread; only the immutable built plan (final fields, List.copyOf) reaches the executor
public final class NotificationPlan {
    private final String campaignId;
    private final List<String> channels;
    private final List<String> recipients;
    private final Duration throttle;

    private NotificationPlan(Builder b) {
        this.campaignId = b.campaignId;
        this.channels = List.copyOf(b.channels);
        this.recipients = List.copyOf(b.recipients);
        this.throttle = b.throttle;
    }

    public static final class Builder {
        private String campaignId;
        private final List<String> channels = new ArrayList<>();
        private final List<String> recipients = new ArrayList<>();
        private Duration throttle = Duration.ZERO;

        public Builder campaign(String id) {
            this.campaignId = id;
            return this;
        }

        public Builder channel(String channel) {
            channels.add(channel);
            return this;
        }

        public Builder recipient(String recipient) {
            recipients.add(recipient);
            return this;
        }

        public Builder throttle(Duration d) {
            this.throttle = d;
            return this;
        }

        public NotificationPlan build() {
            if (campaignId == null || channels.isEmpty()) {
                throw new IllegalStateException("campaign and at least one channel required");
            }
            return new NotificationPlan(this);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Builder builder = new Builder().campaign("spring-sale").channel("email").channel("push")
                .throttle(Duration.ofMillis(5));
        for (int i = 0; i < 300; i++) {
            builder.recipient("user-" + i + "@example.com");
        }
        NotificationPlan plan = builder.build();
        ExecutorService senders = Executors.newFixedThreadPool(plan.channels.size());
        AtomicInteger sent = new AtomicInteger();
        for (String channel : plan.channels) {
            senders.execute(() -> {
                for (String r : plan.recipients) {
                    if (!r.isEmpty() && !plan.throttle.isNegative()) {
                        sent.incrementAndGet();
                    }
                }
                System.out.println(plan.campaignId + " via " + channel + " done");
            });
        }
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("sent=" + sent.get());
    }
}
