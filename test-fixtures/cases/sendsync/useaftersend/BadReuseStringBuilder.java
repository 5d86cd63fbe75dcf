package sendsync.useaftersend;

import java.util.concurrent.BlockingQueue;

/** A log formatter offers its StringBuilder to the writer thread, then resets it for the next line. */
public class BadReuseStringBuilder {
    private final BlockingQueue<StringBuilder> toWriter;

    public BadReuseStringBuilder(BlockingQueue<StringBuilder> toWriter) {
        this.toWriter = toWriter;
    }

    public boolean log(String level, String message) {
        StringBuilder line = new StringBuilder();
        line.append(level).append(' ').append(message);
        boolean accepted = toWriter.offer(line);
        line.setLength(0); // expect: UseAfterSend
        return accepted;
    }
}
