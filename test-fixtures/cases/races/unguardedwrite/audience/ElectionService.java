package races.unguardedwrite.audience;

import org.apache.yetus.audience.InterfaceAudience;

/**
 * The project's API, marked for clients: they start the service and ask its phase. Its peers run on
 * threads of their own; clients reach them only through this class.
 */
@InterfaceAudience.Public
public class ElectionService {
    private final GoodPeerKeptForProject peer = new GoodPeerKeptForProject();
    private final BadPeerMarkedForClients offered = new BadPeerMarkedForClients();
    private final GoodPeerHookMarkedPrivate hooked = new GoodPeerHookMarkedPrivate();

    public void start() {
        peer.start();
        offered.start();
        hooked.start();
    }

    public String phase() {
        return peer.phase() + offered.phase() + hooked.phase();
    }
}
