package io.streamhub.application.port.in;

import java.util.Map;

/** Driving ports for operators' tooling: gauges read at each metrics scrape, and readiness for orchestrators. */
public final class OperationsUseCases {
    private OperationsUseCases() {
    }

    /** Point-in-time readings, recomputed from the stores on every call. */
    public interface ReadGaugesUseCase {
        GaugesView gauges();
    }

    /**
     * @param appsPerTenant     apps in the global store by tenant id
     * @param liveStreamsPerApp streams marked active in each app's database, by app name
     * @param nodesByStatus     registered nodes by {@code active|draining|disabled|stale}; every status present, 0 included.
     *                          A node not seen within the staleness threshold counts as {@code stale} whatever its operator status
     * @param heartbeatAgeSeconds seconds since each node's last heartbeat, by node id; nodes never seen are absent
     * @param callbacksPending  undelivered callback deliveries (pending, retries included) by app, 0 included
     * @param callbacksOldestPendingSeconds age of each app's oldest undelivered delivery, 0 when none
     * @param viewersPerApp     participants not publishing in each app's rooms, as the media server counts them
     *                          (one room listing per scrape); empty when the media server could not be asked
     * @param uploadJobsPending recordings waiting to reach their app's bucket (first attempts and retries), by app
     */
    public record GaugesView(Map<String, Long> appsPerTenant, Map<String, Long> liveStreamsPerApp,
                             Map<String, Long> nodesByStatus, Map<String, Double> heartbeatAgeSeconds,
                             Map<String, Long> callbacksPending, Map<String, Double> callbacksOldestPendingSeconds,
                             Map<String, Long> viewersPerApp, Map<String, Long> uploadJobsPending) {
        public GaugesView {
            appsPerTenant = Map.copyOf(appsPerTenant);
            liveStreamsPerApp = Map.copyOf(liveStreamsPerApp);
            nodesByStatus = Map.copyOf(nodesByStatus);
            heartbeatAgeSeconds = Map.copyOf(heartbeatAgeSeconds);
            callbacksPending = Map.copyOf(callbacksPending);
            callbacksOldestPendingSeconds = Map.copyOf(callbacksOldestPendingSeconds);
            viewersPerApp = Map.copyOf(viewersPerApp);
            uploadJobsPending = Map.copyOf(uploadJobsPending);
        }
    }

    public interface CheckReadinessUseCase {
        /** Ready when the global store answers and is migrated; the media server's reachability is reported only. */
        ReadinessView readiness();
    }

    public record ReadinessView(boolean databaseAnswers, boolean migrationsApplied, boolean mediaServerReachable) {
        public boolean ready() {
            return databaseAnswers && migrationsApplied;
        }
    }
}
