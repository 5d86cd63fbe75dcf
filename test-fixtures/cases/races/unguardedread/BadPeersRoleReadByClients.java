package races.unguardedread;

/**
 * Peer threads started in a loop, whose role clients also read through {@code role()}: a client reads
 * one peer's role while that peer's own thread changes it, with no lock on the read.
 */
public class BadPeersRoleReadByClients {

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            new Peer().start();
        }
    }

    public static final class Peer extends Thread {
        private String role = "looking";

        @Override
        public void run() {
            for (int round = 0; round < 10; round++) {
                synchronized (this) {
                    role = round % 2 == 0 ? "leading" : "following";
                }
            }
        }

        public String role() {
            return role; // expect: UnguardedRead['`role` is read without `this`']
        }
    }
}
