package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;

/**
 * The checker is bound to its book by main before the feed thread starts: Thread.start() orders the
 * unlocked write before everything the feed does, though the feed reads the field under the checker's lock.
 */
public class GoodBoundBeforeFeedThreadStarts {

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
            this.book = b;
        }

        synchronized int reduce(String account) {
            return book.pull(account);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Checker checker = new Checker();
        checker.bind(new Book());
        Thread feed = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                checker.reduce("acc-" + (i % 7));
            }
        });
        feed.start();
        feed.join();
    }
}
