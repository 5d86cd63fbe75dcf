package misuse.ignoredfuture;

import java.util.concurrent.TimeUnit;

/** The look-alike: the field holds the scheduler that passes tasks on raw, so a failure is lost in the dropped future. */
public class BadInterfaceTypedFieldHoldsPlainScheduler {
    private static final SchedulersOfTheProgram SCHEDULED = new SchedulersOfTheProgram.Plain();

    public void expireLater(Runnable expiry) {
        SCHEDULED.scheduleTimeout(expiry, 1, TimeUnit.MINUTES); // expect: IgnoredFuture['the Future returned by `scheduleTimeout` is dropped']
    }
}
