package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The look-alike: the captured object's final HashMap is filled by its constructor and only read
 * afterwards, so the pool threads share an object nobody changes once it is handed to them.
 */
public class GoodFinalMapFilledOnceSubmittedInLoop {
    private final ExecutorService pool;

    public GoodFinalMapFilledOnceSubmittedInLoop(ExecutorService pool) {
        this.pool = pool;
    }

    public int translateAll(List<String> words) throws InterruptedException, ExecutionException {
        Dictionary dictionary = new Dictionary(List.of("cat=chat", "dog=chien"));
        List<Future<String>> pending = new ArrayList<>();
        for (String word : words) {
            pending.add(pool.submit(() -> dictionary.translate(word)));
        }
        int found = 0;
        for (Future<String> f : pending) {
            found += f.get() == null ? 0 : 1;
        }
        return found;
    }
}

final class Dictionary {
    private final Map<String, String> entries = new HashMap<>();

    Dictionary(List<String> pairs) {
        for (String pair : pairs) {
            String[] parts = pair.split("=");
            entries.put(parts[0], parts[1]);
        }
    }

    String translate(String word) {
        return entries.get(word);
    }
}
