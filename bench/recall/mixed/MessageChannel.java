// EXPECT: blocking-under-lock @ line 36
package recall3;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * A chat channel shared by the UI sender threads, the network reader thread (which calls
 * {@link #deliver}) and a consumer thread that calls {@link #receive()}. Every message is
 * recorded in the transcript.
 */
public class MessageChannel {
    private final BlockingQueue<String> inbound = new LinkedBlockingQueue<>();
    private final List<String> transcript = new ArrayList<>();
    private final Consumer<String> network;

    public MessageChannel(Consumer<String> network) {
        this.network = network;
    }

    public void send(String message) {
        synchronized (this) {
            transcript.add("> " + message);
        }
        network.accept(message);
    }

    public void deliver(String message) {
        inbound.add(message);
    }

    public synchronized String receive() throws InterruptedException {
        String message = inbound.take();
        transcript.add("< " + message);
        return message;
    }

    public synchronized List<String> transcript() {
        return new ArrayList<>(transcript);
    }
}
