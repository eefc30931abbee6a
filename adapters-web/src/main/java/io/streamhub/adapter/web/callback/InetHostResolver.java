package io.streamhub.adapter.web.callback;

import io.streamhub.application.port.out.HostResolver;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The JVM's resolver (system DNS and hosts file). */
@Singleton
public class InetHostResolver implements HostResolver {
    @Override
    public List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
