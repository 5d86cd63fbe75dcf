package javax.inject;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stand-in for JSR-330's scope: the injector makes one instance and reuses it. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Singleton {
}
