package races.unguardedread;

/**
 * A responder thread class that nothing makes and that no code outside its package can name: its
 * {@code run()} is dead code, so its unlocked read of {@code follower} races with nothing.
 */
public class GoodResponderThreadNeverMade {
    private String follower;

    public synchronized void becomeFollower(String leader) {
        follower = leader;
    }

    public synchronized void stopFollowing() {
        follower = null;
    }

    class ResponderThread extends Thread {
        @Override
        public void run() {
            String f = follower;
            System.out.println("following " + f);
        }
    }
}
