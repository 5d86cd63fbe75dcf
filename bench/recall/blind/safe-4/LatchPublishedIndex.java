// EXPECT: none
package probe4.safe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

// Inverted index for a product catalog, built once in the background at startup.
// OK: the loader writes 'index' before countDown(); readers call await() before reading, so the plain HashMap is safely published
public class LatchPublishedIndex {

    private final CountDownLatch ready = new CountDownLatch(1);
    private Map<String, List<Integer>> index;
    private int documentCount;

    public void startLoading(List<String> documents) {
        Thread loader = new Thread(() -> {
            Map<String, List<Integer>> built = new HashMap<>();
            for (int docId = 0; docId < documents.size(); docId++) {
                for (String token : documents.get(docId).toLowerCase().split("\\W+")) {
                    if (!token.isEmpty()) {
                        built.computeIfAbsent(token, t -> new ArrayList<>()).add(docId);
                    }
                }
            }
            index = built;
            documentCount = documents.size();
            ready.countDown();
        }, "index-loader");
        loader.setDaemon(true);
        loader.start();
    }

    public List<Integer> search(String token) throws InterruptedException {
        ready.await();
        return index.getOrDefault(token.toLowerCase(), List.of());
    }

    public int documentCount() throws InterruptedException {
        ready.await();
        return documentCount;
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> docs = new ArrayList<>();
        String[] words = {"red", "blue", "shirt", "mug", "steel", "cotton", "large", "small"};
        for (int i = 0; i < 5000; i++) {
            docs.add(words[i % 8] + " " + words[(i / 8) % 8] + " " + words[(i * 7) % 8]);
        }
        LatchPublishedIndex idx = new LatchPublishedIndex();
        AtomicInteger hits = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            final String q = words[c * 2];
            Thread t = new Thread(() -> {
                try {
                    hits.addAndGet(idx.search(q).size());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "client-" + c);
            clients.add(t);
            t.start();
        }
        idx.startLoading(docs);
        for (Thread t : clients) {
            t.join();
        }
        System.out.println("docs=" + idx.documentCount() + " hits=" + hits.get());
    }
}
