// EXPECT: none
package probe4.safe;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

// Process-wide registry of wire codecs, created on first use.
// OK: lazy initialization-on-demand holder; the JVM's class-initialization lock publishes INSTANCE and its never-mutated HashMap safely to all threads
public class LazyHolderCodecRegistry {

    private final Map<String, Function<byte[], String>> codecs = new HashMap<>();
    private final long createdNanos;

    private LazyHolderCodecRegistry() {
        codecs.put("utf8", b -> new String(b, StandardCharsets.UTF_8));
        codecs.put("latin1", b -> new String(b, StandardCharsets.ISO_8859_1));
        codecs.put("base64", b -> Base64.getEncoder().encodeToString(b));
        codecs.put("hex", b -> {
            StringBuilder sb = new StringBuilder(b.length * 2);
            for (byte x : b) {
                sb.append(String.format("%02x", x));
            }
            return sb.toString();
        });
        createdNanos = System.nanoTime();
    }

    private static final class Holder {
        static final LazyHolderCodecRegistry INSTANCE = new LazyHolderCodecRegistry();
    }

    public static LazyHolderCodecRegistry getInstance() {
        return Holder.INSTANCE;
    }

    public String decode(String codec, byte[] payload) {
        Function<byte[], String> f = codecs.get(codec);
        if (f == null) {
            throw new IllegalArgumentException("unknown codec " + codec);
        }
        return f.apply(payload);
    }

    public static void main(String[] args) throws InterruptedException {
        String[] names = {"utf8", "latin1", "base64", "hex"};
        Thread[] threads = new Thread[8];
        LazyHolderCodecRegistry[] seen = new LazyHolderCodecRegistry[threads.length];
        for (int i = 0; i < threads.length; i++) {
            final int idx = i;
            threads[i] = new Thread(() -> {
                LazyHolderCodecRegistry reg = getInstance();
                seen[idx] = reg;
                for (int n = 0; n < 1000; n++) {
                    reg.decode(names[n % names.length], ("msg-" + n).getBytes(StandardCharsets.UTF_8));
                }
            }, "decoder-" + i);
            threads[i].start();
        }
        boolean single = true;
        for (int i = 0; i < threads.length; i++) {
            threads[i].join();
            single &= seen[i] == seen[0];
        }
        System.out.println("single instance=" + single + " age(ns)>0=" + (System.nanoTime() - seen[0].createdNanos > 0)
                + " sample=" + getInstance().decode("hex", new byte[] {1, 2, (byte) 0xff}));
    }
}
