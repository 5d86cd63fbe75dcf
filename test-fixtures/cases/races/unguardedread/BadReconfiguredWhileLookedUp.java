package races.unguardedread;

import org.apache.hadoop.conf.Configurable;
import org.apache.hadoop.conf.Configuration;

/**
 * The look-alike of GoodSetConfOnNewConfigurable with a {@code reconfigure} method of its own, which
 * client threads call on the live object: it changes the settings under the lock while lookups read them
 * without it.
 */
public class BadReconfiguredWhileLookedUp implements Configurable {
    private Configuration conf;
    private String url;
    private int attempts;

    @Override
    public synchronized void setConf(Configuration conf) {
        this.conf = conf;
        this.url = conf.get("ldap.url");
        this.attempts = conf.getInt("ldap.attempts", 3);
    }

    @Override
    public synchronized Configuration getConf() {
        return conf;
    }

    public synchronized void reconfigure(String url, int attempts) {
        this.url = url;
        this.attempts = attempts;
    }

    public String lookup(String user) {
        for (int i = 0; i < attempts; i++) { // expect: UnguardedRead['`attempts` is read without `this`']
            System.out.println(url + "/" + user); // expect: UnguardedRead['`url` is read without `this`']
        }
        return user;
    }
}
