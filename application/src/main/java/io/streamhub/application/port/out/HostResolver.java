package io.streamhub.application.port.out;

import java.net.InetAddress;
import java.util.List;

/** Name resolution; an unknown host resolves to nothing. */
public interface HostResolver {
    List<InetAddress> resolve(String host);
}
