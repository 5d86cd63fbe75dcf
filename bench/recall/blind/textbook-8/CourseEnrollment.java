// EXPECT: none
package probe8c; import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

// Capacity-limited course registration. enroll() and drop() are called concurrently
// by the registration web handlers during the enrollment window.
public class CourseEnrollment {

    private final int capacity;
    private final ConcurrentHashMap<String, Set<String>> rosters = new ConcurrentHashMap<>();

    public CourseEnrollment(int capacity) {
        this.capacity = capacity;
    }

    public boolean enroll(String courseId, String studentId) {
        boolean[] added = new boolean[1];
        rosters.compute(courseId, (id, current) -> {
            Set<String> roster = current == null ? Set.of() : current;
            if (roster.size() >= capacity || roster.contains(studentId)) { // OK: check and update both run inside ConcurrentHashMap.compute, atomic for this key
                return current;
            }
            Set<String> next = new HashSet<>(roster);
            next.add(studentId);
            added[0] = true;
            return Set.copyOf(next);
        });
        return added[0];
    }

    public void drop(String courseId, String studentId) {
        rosters.computeIfPresent(courseId, (id, roster) -> {
            Set<String> next = new HashSet<>(roster);
            next.remove(studentId);
            return Set.copyOf(next);
        });
    }

    public Set<String> roster(String courseId) {
        return rosters.getOrDefault(courseId, Set.of());
    }

    public static void main(String[] args) throws InterruptedException {
        CourseEnrollment registrar = new CourseEnrollment(30);
        List<String> courses = List.of("CS101", "CS240", "MATH201");
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService handlers = Executors.newFixedThreadPool(12);
        for (int s = 0; s < 500; s++) {
            String student = "s" + s;
            for (String course : courses) {
                handlers.execute(() -> {
                    if (registrar.enroll(course, student)) {
                        accepted.incrementAndGet();
                    }
                });
            }
        }
        handlers.shutdown();
        handlers.awaitTermination(30, TimeUnit.SECONDS);
        for (String course : courses) {
            System.out.println(course + ": " + registrar.roster(course).size() + " enrolled");
        }
        System.out.println("accepted: " + accepted.get());
    }
}
