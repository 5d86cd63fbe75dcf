package com.acme.threads;

import java.util.concurrent.ThreadFactory;

/** A library's thread factory, which the program sees only by name. */
public final class NamedDaemonFactory implements ThreadFactory {
    private final String name;

    public NamedDaemonFactory(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
