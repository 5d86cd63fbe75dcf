package publication.thisescape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The producer asks its configured builder for a batch container, whose every implementation makes a
 * new one, and tells the container its owner: the container is reachable only through this producer's
 * field, so no other thread can use the half-built producer through it.
 */
public class GoodOwnerSetOnContainerItsBuilderMade {
    public interface Builder {
        Container build();
    }

    public static final class Container {
        private GoodOwnerSetOnContainerItsBuilderMade owner;
        private final List<String> pending = new ArrayList<>();

        void setOwner(GoodOwnerSetOnContainerItsBuilderMade owner) {
            this.owner = owner;
        }

        synchronized void add(String message) {
            pending.add(owner.topic + ":" + message);
        }
    }

    public static final class DefaultBuilder implements Builder {
        @Override
        public Container build() {
            return new Container();
        }
    }

    private final Container container;
    private final AtomicLong sent = new AtomicLong();
    private final String topic;

    public GoodOwnerSetOnContainerItsBuilderMade(Builder builder, String topic) {
        this.container = builder.build();
        this.container.setOwner(this);
        this.topic = topic;
    }

    public void send(String message) {
        container.add(message);
        sent.incrementAndGet();
    }
}
