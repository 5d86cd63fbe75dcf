package org.apache.hc.core5.reactor;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Stub of HttpCore 5's I/O event handler: the session's reactor thread calls it. */
public interface IOEventHandler {
    void connected(IOSession session) throws IOException;

    void inputReady(IOSession session, ByteBuffer src) throws IOException;

    void outputReady(IOSession session) throws IOException;

    void exception(IOSession session, Exception cause);

    void disconnected(IOSession session);
}
