package races.unguardedread;

/**
 * An init method called on first use, when the value is not there yet: any client thread may run it at
 * any time, not only as the program starts, so a read that meets it stays a warning (hadoop's
 * UserGroupInformation.initialize, run by ensureInitialized).
 */
public class BadReadOfStateInitializedOnFirstUse {
    private String address;

    private synchronized void initialize(String host) {
        address = host + ":8080";
    }

    /** The program itself describes the service from a status thread. */
    public void printStatus(String host) {
        new Thread(() -> System.out.println(describe(host))).start();
    }

    public String describe(String host) {
        if (address == null) { // expect: UnguardedRead['`address` is read without `this`']
            initialize(host);
        }
        return "at " + address;
    }
}
