package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void manyThreadsAsking_computeTheValueOnce_andShareIt() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        Lazy<Object> lazy = new Lazy<>(() -> {
            computed.incrementAndGet();
            return new Object();
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit((Callable<Object>) lazy::get));
            }
            Object first = results.get(0).get();
            for (Future<Object> f : results) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, computed.get());
    }

    @Test
    void failingComputation_throwsItsOwnException_toEveryCaller() {
        Lazy<Object> lazy = new Lazy<>(() -> {
            throw new IllegalArgumentException("bad program");
        });
        assertEquals("bad program", assertThrows(IllegalArgumentException.class, lazy::get).getMessage());
        assertThrows(IllegalArgumentException.class, lazy::get);
    }
}
