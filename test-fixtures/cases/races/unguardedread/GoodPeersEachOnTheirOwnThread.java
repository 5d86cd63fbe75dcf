package races.unguardedread;

/**
 * Several peer threads, each started in a loop: a peer's {@code run()} reads and writes only its own
 * fields, so two peers' runs touch two objects, and one object is only ever used by its one thread.
 */
public class GoodPeersEachOnTheirOwnThread {

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            new Peer().start();
        }
    }

    static final class Peer extends Thread {
        private String role = "looking";

        @Override
        public void run() {
            for (int round = 0; round < 10; round++) {
                synchronized (this) {
                    role = round % 2 == 0 ? "leading" : "following";
                }
                System.out.println(getName() + " is " + role);
            }
        }
    }
}
