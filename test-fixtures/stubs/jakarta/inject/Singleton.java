package jakarta.inject;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stand-in for Jakarta Dependency Injection's scope: the injector makes one instance and reuses it. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Singleton {
}
