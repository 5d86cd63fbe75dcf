package races.unguardedwrite;

/** A log formatter that reuses one StringBuilder per thread through a ThreadLocal: each thread mutates only its own buffer. */
public class GoodThreadLocalBuffer {
    private final ThreadLocal<StringBuilder> buffer = ThreadLocal.withInitial(StringBuilder::new);
    private long formatted;

    public String format(String level, String message) {
        StringBuilder sb = buffer.get();
        sb.setLength(0);
        sb.append('[').append(level).append("] ").append(message);
        synchronized (this) {
            formatted++;
        }
        return sb.toString();
    }

    public synchronized long formatted() {
        return formatted;
    }
}
