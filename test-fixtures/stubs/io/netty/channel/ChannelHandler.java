package io.netty.channel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stand-in for netty's ChannelHandler: the pipeline calls it on its context's executor. */
public interface ChannelHandler {
    void handlerAdded(ChannelHandlerContext ctx) throws Exception;

    /** The handler may be added to several channels at once. */
    @Inherited
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Sharable {
    }
}
