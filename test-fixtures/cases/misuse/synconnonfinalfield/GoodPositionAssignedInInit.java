package misuse.synconnonfinalfield;

import java.util.HashMap;
import java.util.Map;

/**
 * A state store reads its position from the checkpoint in init(), and hands it to its segments there
 * (kafka-streams' RocksDB stores): the position is assigned as the store starts, before it is open to
 * puts and queries, which then lock on it.
 */
public class GoodPositionAssignedInInit {
    static final class Position {
        private final Map<String, Long> offsets = new HashMap<>();

        void update(String topic, long offset) {
            offsets.put(topic, offset);
        }
    }

    static final class Segments {
        private Position position;

        void setPosition(Position position) {
            this.position = position;
        }

        void record(String topic, long offset) {
            synchronized (position) {
                position.update(topic, offset);
            }
        }
    }

    private final Segments segments = new Segments();
    private Position position;
    private volatile boolean open;

    public void init(String checkpoint) {
        this.position = new Position();
        segments.setPosition(position);
        open = true;
    }

    public void put(String topic, long offset) {
        if (!open) {
            throw new IllegalStateException("not open");
        }
        synchronized (position) {
            position.update(topic, offset);
        }
        segments.record(topic, offset);
    }
}
