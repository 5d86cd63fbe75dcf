package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;

/**
 * The look-alike binds the checker after the feed thread started: the feed can read the field under the
 * checker's lock while main writes it without.
 */
public class BadBoundAfterFeedThreadStarts {

    static final class Book {
        private final Map<String, Integer> resting = new HashMap<>();

        synchronized int pull(String account) {
            Integer n = resting.remove(account);
            return n == null ? 0 : n;
        }
    }

    static final class Checker {
        private Book book;

        void bind(Book b) {
            this.book = b; // expect: UnguardedWrite['`book` is written without `this`, which guards 1 other access to it']
        }

        synchronized int reduce(String account) {
            return book.pull(account);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Checker checker = new Checker();
        Thread feed = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                checker.reduce("acc-" + (i % 7)); // expect: NonSendCapture['`checker` is not thread-safe but is shared with a task run on another thread']
            }
        });
        feed.start();
        checker.bind(new Book()); // expect: UseAfterSend['`checker` is sent to another thread']
        feed.join();
    }
}
