package atomicity.checkthenact;

import java.util.Vector;

/**
 * A Vector used as a stack by several threads: each call is synchronized, but the position computed
 * from {@code size()} (or decided by {@code isEmpty()}) is stale once another thread pops in between,
 * and {@code get}/{@code remove} throw ArrayIndexOutOfBoundsException (CERT VNA03-J).
 */
public class BadIndexFromSizeOfVector {
    private final Vector<String> stack = new Vector<>();

    public void push(String item) {
        stack.add(item);
    }

    public String peek() {
        return stack.get(stack.size() - 1); // expect: CheckThenAct['check-then-act on synchronized collection `stack`: `size` and then `get` are each atomic, but not together; another thread can remove elements in between']
    }

    public String pop() {
        if (!stack.isEmpty()) {
            return stack.remove(stack.size() - 1); // expect: CheckThenAct['`size` and then `remove` are each atomic']
        }
        return null;
    }

    /** Java Concurrency in Practice's getLast and deleteLast (listing 5.1): the position goes through a local. */
    public String getLast() {
        int lastIndex = stack.size() - 1;
        return stack.get(lastIndex); // expect: CheckThenAct['`size` and then `get` are each atomic']
    }

    public void deleteLast() {
        int lastIndex = stack.size() - 1;
        stack.remove(lastIndex); // expect: CheckThenAct['`size` and then `remove` are each atomic']
    }
}
