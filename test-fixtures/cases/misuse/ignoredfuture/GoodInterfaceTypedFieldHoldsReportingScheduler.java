package misuse.ignoredfuture;

import java.util.concurrent.TimeUnit;

/**
 * The field is declared as the program's scheduler interface, one of whose implementations passes tasks
 * on raw; but the only object it ever holds is the reporting one, whose schedule reports every task's
 * failure: the dropped future loses nothing (cassandra's ScheduledExecutors.scheduledTasks).
 */
public class GoodInterfaceTypedFieldHoldsReportingScheduler {
    private static final SchedulersOfTheProgram SCHEDULED = new SchedulersOfTheProgram.Reporting();

    public void expireLater(Runnable expiry) {
        SCHEDULED.scheduleTimeout(expiry, 1, TimeUnit.MINUTES);
    }
}
