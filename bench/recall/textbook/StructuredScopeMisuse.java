// EXPECT: structured-scope-misuse @ line 31
package recall;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

public class StructuredScopeMisuse {

    record User(String name) {
    }

    record Order(int id) {
    }

    record Response(User user, Order order) {
    }

    User findUser() {
        return new User("alice");
    }

    Order fetchOrder() {
        return new Order(1);
    }

    Response handle() throws ExecutionException, InterruptedException {
        try (var scope = new StructuredTaskScope.ShutdownOnFailure()) {
            Subtask<User> user = scope.fork(() -> findUser());
            Subtask<Order> order = scope.fork(() -> fetchOrder());
            User u = user.get();
            scope.join().throwIfFailed();
            return new Response(u, order.get());
        }
    }
}
