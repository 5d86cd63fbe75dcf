package io.netty.util;

public abstract class Recycler<T> {

    public interface Handle<T> {
        void recycle(T object);
    }

    public final T get() {
        return newObject(object -> { });
    }

    protected abstract T newObject(Handle<T> handle);
}
