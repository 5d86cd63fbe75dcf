package atomicity.nonatomicvolatileupdate;

/**
 * A digest two command-line tools update, each from its own {@code main}: each tool is a program of its
 * own, run in a process of its own, so the two mains never run at once.
 */
public class GoodDigestOfTwoCommandLineTools {
    private static volatile long digest;

    static void add(long value) {
        digest += value;
    }

    /** Prints a snapshot's digest. */
    static final class Dump {
        public static void main(String[] args) {
            for (String a : args) {
                add(a.hashCode());
            }
            System.out.println(digest);
        }
    }

    /** Checks a snapshot's digest. */
    static final class Check {
        public static void main(String[] args) {
            for (String a : args) {
                add(-a.hashCode());
            }
            System.out.println(digest == 0);
        }
    }
}
