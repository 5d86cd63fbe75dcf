package races.unguardedwrite;

/**
 * A server that registers its management bean from its synchronized start-up through a hook, and a
 * subclass that replaces the hook (an override that does not call {@code super}) and registers the bean it
 * is handed by a public method of its own, without the lock. On an object of the subclass the base hook
 * never runs, whoever calls {@code startup()}: virtual dispatch runs the override, so the finding's other
 * side is not the base hook's write (zookeeper's LeaderZooKeeperServer.registerJMX) but the setter itself,
 * which two client threads can run at once (a note: the race needs code outside the program on both sides).
 */
public class BadSetterBesideHookReplacedBySubclass {

    public static class Server {
        protected Object bean;

        public synchronized void startup() {
            registerBean();
        }

        protected void registerBean() {
            bean = new Object();
            System.out.println("registered " + bean);
        }

        public synchronized String describe() {
            return "server";
        }
    }

    public static class LeaderServer extends Server {
        @Override
        protected void registerBean() {
            // registered later, by the leader, with its own bean
        }

        public void registerBean(Object leaderBean) {
            bean = leaderBean; // expect: UnguardedWrite['two threads can run it at once']
        }
    }
}
