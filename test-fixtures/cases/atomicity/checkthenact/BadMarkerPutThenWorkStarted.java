package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks a job started with one shared constant when it finds it missing, then starts it: two threads
 * can both find it missing, both mark it and both start the job.
 */
public class BadMarkerPutThenWorkStarted {
    private static final String STARTED = "started";
    private final Map<String, String> jobs = new ConcurrentHashMap<>();

    public void startOnce(String job) {
        if (jobs.get(job) == null) {
            jobs.put(job, STARTED); // expect: CheckThenAct['check-then-act on concurrent map `jobs`']
            System.out.println("starting " + job);
        }
    }
}
