package org.apache.hc.core5.reactor;

/** Stub of HttpCore 5's I/O session: a connection the reactor drives. */
public interface IOSession {
    void setEvent(int op);

    void close();
}
