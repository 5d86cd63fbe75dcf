package publication.thisescape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The look-alike of GoodOwnerSetOnContainerItsBuilderMade whose builder hands out one shared container:
 * every producer sets itself as its owner, and another producer's thread can use this one half built.
 */
public class BadOwnerSetOnContainerItsBuilderShares {
    public interface Builder {
        Container build();
    }

    public static final class Container {
        private BadOwnerSetOnContainerItsBuilderShares owner;
        private final List<String> pending = new ArrayList<>();

        synchronized void setOwner(BadOwnerSetOnContainerItsBuilderShares owner) {
            this.owner = owner;
        }

        synchronized void add(String message) {
            pending.add(owner.topic + ":" + message);
        }
    }

    public static final class SharedBuilder implements Builder {
        private static final Container SHARED = new Container();

        @Override
        public Container build() {
            return SHARED;
        }
    }

    private final Container container;
    private final AtomicLong sent = new AtomicLong();
    private final String topic;

    public BadOwnerSetOnContainerItsBuilderShares(Builder builder, String topic) {
        this.container = builder.build();
        this.container.setOwner(this); // expect: ThisEscape['`topic` is assigned only after it']
        this.topic = topic;
    }

    public void send(String message) {
        container.add(message);
        sent.incrementAndGet();
    }
}
