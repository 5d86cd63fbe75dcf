package races.sharedsingletonstate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A @RestController that counts and caches through final AtomicLong and ConcurrentHashMap fields: safe from request threads. */
@RestController
public class GoodThreadSafeFieldTypes {
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, String> lastStatusByHost = new ConcurrentHashMap<>();

    @GetMapping("/status")
    public String status(String host) {
        requests.incrementAndGet();
        lastStatusByHost.put(host, "OK");
        return host + " OK (" + requests.get() + " requests)";
    }
}
