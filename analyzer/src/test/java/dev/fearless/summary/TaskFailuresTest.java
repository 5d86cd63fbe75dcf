package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.fearless.facts.Event;
import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

/** Where a task handed to a pool visibly fails ({@link TaskFailures}). */
class TaskFailuresTest {

    private static final String ACKS = """
            package p;
            import %s;
            import jakarta.jms.JMSException;
            import java.util.concurrent.ExecutorService;
            public class Acks {
                private boolean closed;
                synchronized void sendAck(String ack) throws JMSException {
                    if (closed) {
                        throw new IllegalStateException("the session is closed");
                    }
                }
                public void deliver(ExecutorService pool, String ack) {
                    pool.submit(() -> {
                        try {
                            sendAck(ack);
                        } catch (JMSException e) {
                            System.err.println("failed: " + e);
                        }
                    });
                }
            }
            """;

    private static TaskFailures.Failure failureOfDeliver(Analyzed a) {
        MethodInfo deliver = a.method("p.Acks", "deliver");
        for (int i = 0; i < deliver.facts().events().size(); i++) {
            if (deliver.facts().eventAt(i) instanceof Event.Call call && call.name().equals("submit")) {
                return TaskFailures.failure(a.program(), deliver, i, call.args().get(0));
            }
        }
        throw new AssertionError("no submit in deliver");
    }

    @Test
    void libraryNamesakeOfAnUncheckedJdkException_mayBeChecked_andCaughtByTheTasksClause() {
        // jakarta.jms.IllegalStateException is a JMSException: the task's catch takes it
        assertNull(failureOfDeliver(Analyzed.of(ACKS.formatted("jakarta.jms.IllegalStateException"))));
    }

    @Test
    void theJdksUncheckedException_escapesTheTasksClause() {
        assertNotNull(failureOfDeliver(Analyzed.of(ACKS.formatted("java.util.List"))));
    }
}
