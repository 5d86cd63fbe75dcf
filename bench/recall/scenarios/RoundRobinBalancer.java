// EXPECT: atomicity @ line 27
package recall2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client-side round-robin load balancer. Request threads pick a backend; a health checker
 * thread removes failing backends and re-adds recovered ones.
 */
public class RoundRobinBalancer {

    private final List<String> backends = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger next = new AtomicInteger();

    public RoundRobinBalancer(List<String> initial) {
        backends.addAll(initial);
    }

    public String pick() {
        int n = backends.size();
        if (n == 0) {
            throw new IllegalStateException("no healthy backend");
        }
        return backends.get(Math.floorMod(next.getAndIncrement(), n));
    }

    public void markDown(String backend) {
        backends.remove(backend);
    }

    public void markUp(String backend) {
        synchronized (backends) {
            if (!backends.contains(backend)) {
                backends.add(backend);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RoundRobinBalancer lb = new RoundRobinBalancer(List.of("a:80", "b:80", "c:80"));
        Thread health = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                lb.markDown("c:80");
                lb.markUp("c:80");
            }
        }, "health-checker");
        Thread requests = new Thread(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                lb.pick();
            }
        }, "requests");
        health.start();
        requests.start();
        health.join();
        requests.join();
    }
}
