package deadlock.lockorderinversion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** Linking two graph nodes locks both, always the node with the smaller unique id first, so connect(a, b) and connect(b, a) take the locks in the same order. */
public final class GoodTieBreakerIds {
    private GoodTieBreakerIds() {
    }

    static final class Node {
        private final long id;
        private final ReentrantLock lock = new ReentrantLock();
        private final List<Node> neighbours = new ArrayList<>();

        Node(long id) {
            this.id = id;
        }

        int degree() {
            lock.lock();
            try {
                return neighbours.size();
            } finally {
                lock.unlock();
            }
        }
    }

    public static void connect(Node a, Node b) {
        if (a.id == b.id) {
            throw new IllegalArgumentException("self loop on node " + a.id);
        }
        Node first = a.id < b.id ? a : b;
        Node second = a.id < b.id ? b : a;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                a.neighbours.add(b);
                b.neighbours.add(a);
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }
}
