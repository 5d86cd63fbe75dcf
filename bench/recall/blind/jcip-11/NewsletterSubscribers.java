// EXPECT: wrong-lock-put-if-absent @ line 20
package probe11a; import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Mailing list of newsletter subscribers. Sign-up requests are handled by the web worker
 * pool while the nightly CRM import runs on its own thread; the mailer iterates the list.
 * Every address must appear at most once, otherwise people receive the newsletter twice.
 */
public class NewsletterSubscribers {

    private final List<String> addresses = Collections.synchronizedList(new ArrayList<>());

    public synchronized boolean addIfAbsent(String email) { // BUG: put-if-absent locks 'this' but the list is guarded by its own monitor (see importAll); check-and-add is not atomic against importAll
        String normalized = email.trim().toLowerCase();
        boolean absent = !addresses.contains(normalized);
        if (absent) {
            addresses.add(normalized);
        }
        return absent;
    }

    public void importAll(Collection<String> emails) {
        synchronized (addresses) {
            for (String email : emails) {
                String normalized = email.trim().toLowerCase();
                if (!addresses.contains(normalized)) {
                    addresses.add(normalized);
                }
            }
        }
    }

    public List<String> mailingSnapshot() {
        synchronized (addresses) {
            return new ArrayList<>(addresses);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        NewsletterSubscribers list = new NewsletterSubscribers();
        List<String> crmExport = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            crmExport.add("user" + i + "@example.org");
        }

        Thread crmImport = new Thread(() -> list.importAll(crmExport), "crm-import");
        ExecutorService webWorkers = Executors.newFixedThreadPool(4);
        crmImport.start();
        for (int i = 0; i < 2_000; i++) {
            String email = "User" + i + "@example.org ";
            webWorkers.execute(() -> list.addIfAbsent(email));
        }
        webWorkers.shutdown();
        webWorkers.awaitTermination(30, TimeUnit.SECONDS);
        crmImport.join();

        List<String> snapshot = list.mailingSnapshot();
        int duplicates = snapshot.size() - new HashSet<>(snapshot).size();
        System.out.println("subscribers " + snapshot.size() + ", duplicates " + duplicates);
    }
}
