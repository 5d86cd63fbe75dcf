package races.unguardedwrite;

import java.io.DataInput;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The same decoders, but the reader also decodes an update into an event it already tracks: the setter
 * renames an event the tracker's thread reads at that moment, without the event's monitor. A warning.
 */
public class BadEventNameSetOnDecodedTrackedEvents {

    public static class NamedEvent {
        protected String name;

        public NamedEvent() {
        }

        public NamedEvent(String name) {
            this.name = name;
        }

        public void setName(String name) {
            this.name = name; // expect: UnguardedWrite['`name` is written without `this`, which guards 2 other accesses to it']
        }
    }

    public static class TrackedEvent extends NamedEvent {
        private long beats;

        public TrackedEvent(String name) {
            super(name);
        }

        public synchronized void beat() {
            beats = name == null ? 0 : beats + 1;
        }

        public synchronized String describe() {
            return name + ": " + beats;
        }
    }

    public interface Decoder {
        Object create();

        void decode(Object into, DataInput in) throws IOException;
    }

    public static class BaseDecoder implements Decoder {
        @Override
        public Object create() {
            return new Object();
        }

        @Override
        public void decode(Object into, DataInput in) throws IOException {
            in.readByte();
        }
    }

    public static class EventDecoder extends BaseDecoder {
        @Override
        public Object create() {
            return new NamedEvent();
        }

        @Override
        public void decode(Object into, DataInput in) throws IOException {
            super.decode(into, in);
            NamedEvent event = (NamedEvent) into;
            event.setName(in.readUTF());
        }
    }

    public static class EventDecoderV2 extends EventDecoder {
        @Override
        public void decode(Object into, DataInput in) throws IOException {
            super.decode(into, in);
            in.readLong();
        }
    }

    private final Decoder[] decoders = {new EventDecoder(), new EventDecoderV2()};
    private final Map<String, TrackedEvent> tracked = new ConcurrentHashMap<>();

    public Object read(int type, DataInput in) throws IOException {
        Decoder decoder = decoders[type];
        Object data = decoder.create();
        decoder.decode(data, in);
        return data;
    }

    public void update(String name, int type, DataInput in) throws IOException {
        decoders[type].decode(tracked.get(name), in);
    }

    public void track(String name) {
        tracked.put(name, new TrackedEvent(name));
    }

    public void start() {
        new Thread(this::beatAll).start();
    }

    private void beatAll() {
        while (!Thread.currentThread().isInterrupted()) {
            for (TrackedEvent e : tracked.values()) {
                e.beat();
            }
        }
    }
}
