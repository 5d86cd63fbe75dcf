package atomicity.checkthenact;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.core5.reactor.IOEventHandler;
import org.apache.hc.core5.reactor.IOSession;

/**
 * The look-alike: besides the reactor's callbacks, a public method any client thread may call does the
 * same get-then-set, so it can interleave with the reactor thread's.
 */
public class BadStateOfReactorSessionHandlerResetByClients implements IOEventHandler {
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
        session.setEvent(0);
    }

    public void cancel() {
        if (requestState.get() != State.COMPLETE) {
            requestState.set(State.IDLE); // expect: CheckThenAct['check-then-act on atomic `requestState`']
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
