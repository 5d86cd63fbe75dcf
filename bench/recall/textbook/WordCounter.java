// EXPECT: atomicity @ line 15
package recall;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class WordCounter {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    public void count(String word) {
        Integer old = counts.get(word);
        counts.put(word, old == null ? 1 : old + 1);
    }

    public static void main(String[] args) throws InterruptedException {
        WordCounter wc = new WordCounter();
        String[] text = "a b a c b a d a".split(" ");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int rep = 0; rep < 1000; rep++) {
            for (String w : text) {
                pool.execute(() -> wc.count(w));
            }
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(wc.counts);
    }
}
