package races.unguardedread;

import org.apache.hadoop.conf.Configurable;
import org.apache.hadoop.conf.Configuration;

/**
 * A group mapping that Hadoop creates with ReflectionUtils.newInstance, which calls {@code setConf} on
 * the new object before returning it: the settings are written once, before any client thread can
 * reach the object, so the lookups read them without the lock {@code setConf} happens to take (hadoop
 * LdapGroupsMapping, races review).
 */
public class GoodSetConfOnNewConfigurable implements Configurable {
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

    public String lookup(String user) {
        for (int i = 0; i < attempts; i++) {
            System.out.println(url + "/" + user);
        }
        return user;
    }
}
