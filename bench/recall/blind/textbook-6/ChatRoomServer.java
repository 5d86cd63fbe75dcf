// EXPECT: this-escape @ line 61
package probe6c;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A small chat server. Messages are delivered by a dispatcher thread owned by the
 * message bus to every subscribed listener.
 */
public class ChatRoomServer {
    interface MessageListener {
        void onMessage(String msg);
    }

    static final class MessageBus {
        private final List<MessageListener> listeners = new CopyOnWriteArrayList<>();
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final Thread dispatcher;

        MessageBus() {
            dispatcher = new Thread(this::dispatchLoop, "bus-dispatcher");
            dispatcher.setDaemon(true);
        }

        // started by main() once the bus is fully built
        void start() {
            dispatcher.start();
        }

        void subscribe(MessageListener l) {
            listeners.add(l);
        }

        void publish(String msg) {
            queue.add(msg);
        }

        private void dispatchLoop() {
            try {
                while (true) {
                    String msg = queue.take();
                    for (MessageListener l : listeners) {
                        l.onMessage(msg);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static final class Room implements MessageListener {
        private final String name;
        private final List<String> history;

        Room(String name, MessageBus bus) {
            bus.subscribe(this); // BUG: 'this' escapes from the constructor to the dispatcher thread before name/history are assigned
            this.name = name;
            this.history = new ArrayList<>();
        }

        @Override
        public synchronized void onMessage(String msg) {
            history.add(msg);
            System.out.println("[" + name + "] " + msg);
        }

        synchronized int size() {
            return history.size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        MessageBus bus = new MessageBus();
        bus.start();
        bus.publish("server up");
        Room lobby = new Room("lobby", bus);
        bus.publish("hello from alice");
        Thread.sleep(100);
        System.out.println("lobby messages: " + lobby.size());
    }
}
