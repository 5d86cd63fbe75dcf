package races.unguardedread;

/**
 * The same responder thread, started by the server: its unlocked read of {@code follower} races with the
 * locked writes that client threads make.
 */
public class BadResponderThreadStarted {
    private String follower;

    public synchronized void becomeFollower(String leader) {
        follower = leader;
    }

    public synchronized void stopFollowing() {
        follower = null;
    }

    public void startResponder() {
        new ResponderThread().start();
    }

    class ResponderThread extends Thread {
        @Override
        public void run() {
            String f = follower; // expect: UnguardedRead['`follower` is read without `this`']
            System.out.println("following " + f);
        }
    }
}
