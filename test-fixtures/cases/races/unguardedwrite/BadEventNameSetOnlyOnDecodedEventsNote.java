package races.unguardedwrite;

import java.io.DataInput;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events get their name from a plain setter that only the decoders call, each on the event the reader has
 * just made through the decoder's factory and handed to it (through a cast local, and through a subclass's
 * call of its super decoder). The tracker's thread reads the names of the events it keeps under their
 * monitors: the setter meets those reads only if a user renames an event at work. A note (activemq's
 * DiscoveryEvent, named by its versioned OpenWire marshallers).
 */
public class BadEventNameSetOnlyOnDecodedEventsNote {

    public static class NamedEvent {
        protected String name;

        public NamedEvent() {
        }

        public NamedEvent(String name) {
            this.name = name;
        }

        public void setName(String name) {
            this.name = name; // expect: UnguardedWrite['`name` is a setting: once an object is built only setters write it']
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
