package atomicity.checkthenact;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.core5.reactor.IOEventHandler;
import org.apache.hc.core5.reactor.IOSession;

/**
 * An HttpCore 5 session handler: the reactor thread that owns the session makes every callback, one at a
 * time, so the get-then-set on the message state in inputReady and outputReady never interleave.
 */
public class GoodStateOfReactorSessionHandler implements IOEventHandler {
    enum State { IDLE, HEADERS, BODY, COMPLETE }

    private final AtomicReference<State> requestState = new AtomicReference<>(State.IDLE);

    @Override
    public void connected(IOSession session) {
        requestState.set(State.HEADERS);
    }

    @Override
    public void inputReady(IOSession session, ByteBuffer src) {
        if (requestState.get() == State.HEADERS) {
            requestState.set(State.BODY);
        }
    }

    @Override
    public void outputReady(IOSession session) {
        if (requestState.get() == State.BODY) {
            requestState.set(State.COMPLETE);
            session.setEvent(0);
        }
    }

    @Override
    public void exception(IOSession session, Exception cause) {
        session.close();
    }

    @Override
    public void disconnected(IOSession session) {
        requestState.set(State.COMPLETE);
    }
}
