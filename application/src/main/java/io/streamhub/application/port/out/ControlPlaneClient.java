package io.streamhub.application.port.out;

import java.util.Map;
import java.util.Optional;

/** A node agent's calls to the core it joins. Failures are exceptions; an unknown node is a distinct answer. */
public interface ControlPlaneClient {

    /** @return the node id the core assigned */
    String join(String name, String ip, Optional<String> region, Optional<String> url);

    enum HeartbeatResult { OK, UNKNOWN_NODE }

    HeartbeatResult heartbeat(String nodeId, Map<String, Object> stats);
}
