package org.apache.yetus.audience;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stand-in for Apache Yetus's audience annotations: who a package, type or member is written for. */
public final class InterfaceAudience {

    private InterfaceAudience() {
    }

    /** For any code. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Public {
    }

    /** For the named other projects. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    public @interface LimitedPrivate {
        String[] value();
    }

    /** For the project's own code only. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Private {
    }
}
