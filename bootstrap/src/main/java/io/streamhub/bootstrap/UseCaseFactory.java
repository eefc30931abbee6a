package io.streamhub.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.streamhub.application.port.out.ApiTokenRepository;
import io.streamhub.application.port.out.AuditLog;
import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.CallbackMetrics;
import io.streamhub.application.port.out.CallbackSender;
import io.streamhub.application.port.out.CallbackStore;
import io.streamhub.application.port.out.EventEncoder;
import io.streamhub.application.port.out.HostResolver;
import io.streamhub.application.port.out.AppPlacementStore;
import io.streamhub.application.port.out.ClusterEvents;
import io.streamhub.application.port.out.ControlPlaneMetrics;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.HostProbe;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.application.port.out.IngressAuthRepository;
import io.streamhub.application.port.out.MediaEventVerifier;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.HlsDirectories;
import io.streamhub.application.port.out.MediaTokenIssuer;
import io.streamhub.application.port.out.NodeRegistry;
import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.domain.node.NodeId;
import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.application.port.out.PasswordHasher;
import io.streamhub.application.port.out.RoleAuthorizer;
import io.streamhub.application.port.out.SecretStore;
import io.streamhub.application.port.out.ServerLogStore;
import io.streamhub.application.port.out.StoreHealth;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.application.port.out.TransactionRunner;
import io.streamhub.application.port.out.UserRepository;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.PlaybackMetrics;
import io.streamhub.application.service.ApiTokenService;
import io.streamhub.application.service.CdnProviders;
import io.streamhub.application.service.CdnPurgeService;
import io.streamhub.application.service.LiveSwarmsService;
import io.streamhub.application.service.PlaybackService;
import io.streamhub.application.service.PlaybackStatsService;
import io.streamhub.application.service.AppService;
import io.streamhub.application.service.AuditService;
import io.streamhub.application.service.AuthenticationService;
import io.streamhub.application.service.AuthorizationService;
import io.streamhub.application.service.CallbackClusterEvents;
import io.streamhub.application.service.CallbackDispatcher;
import io.streamhub.application.service.CallbackPublisher;
import io.streamhub.application.service.CallbackService;
import io.streamhub.application.service.CallbackTargets;
import io.streamhub.application.service.ClusterService;
import io.streamhub.application.service.NodeHealthWatcher;
import io.streamhub.application.service.EnforcementMode;
import io.streamhub.application.service.IngressService;
import io.streamhub.application.service.JoinTokenService;
import io.streamhub.application.service.LiveStreamService;
import io.streamhub.application.service.MediaEventService;
import io.streamhub.application.service.HlsService;
import io.streamhub.application.service.HlsRouting;
import io.streamhub.application.service.OperationsService;
import io.streamhub.application.service.RoomService;
import io.streamhub.application.service.QuotaGuard;
import io.streamhub.application.service.ServerLogService;
import io.streamhub.application.service.SystemStatsService;
import io.streamhub.application.service.TenantService;
import io.streamhub.application.service.TokenCache;
import io.streamhub.domain.access.AccessPolicy;
import io.streamhub.domain.callback.RetryPolicy;
import io.streamhub.domain.placement.PlacementPolicy;
import io.streamhub.application.port.out.ObjectStorage;
import io.streamhub.application.service.AppBuckets;
import io.streamhub.application.service.StorageService;
import io.streamhub.application.port.out.MediaProbe;
import io.streamhub.application.port.out.RecordingFiles;
import io.streamhub.application.port.out.UploadJobQueue;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.application.service.EgressRecorder;
import io.streamhub.application.service.RecordingService;
import io.streamhub.application.service.VodService;
import io.streamhub.application.service.VodReconciliationService;
import io.streamhub.application.service.VodUploadService;
import io.streamhub.domain.vod.UploadBackoff;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jakarta.inject.Named;

/**
 * The table of contents of the application: every use-case service, built from its ports.
 * Adapters register themselves as beans; configuration is translated into plain values here.
 */
@Factory
public class UseCaseFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    EnforcementMode enforcementMode(@Value("${streamhub.authz-enforce:on}") String mode) {
        return EnforcementMode.parse(mode);
    }

    @Singleton
    TokenCache tokenCache() {
        return new TokenCache(Duration.ofSeconds(10));
    }

    @Singleton
    QuotaGuard quotaGuard(TenantRepository tenants, AppRepository apps, AppWorkspace workspace, EnforcementMode mode,
                          ControlPlaneMetrics metrics, VodRepository vods, Clock clock) {
        return new QuotaGuard(tenants, apps, workspace, mode, metrics, vods, clock);
    }

    @Singleton
    AppService appService(AppRepository apps, TenantRepository tenants, AppWorkspace workspace, SecretStore secrets,
                          QuotaGuard quotas, TokenCache cache, CallbackTargets callbackTargets, CdnProviders cdnProviders,
                          TransactionRunner tx, Clock clock) {
        return new AppService(apps, tenants, workspace, secrets, quotas, cache, callbackTargets, cdnProviders, tx, clock);
    }

    /** The installed CDN provider adapters (adapters-cdn), chosen per app by {@code distribution.cdn.provider}. */
    @Singleton
    CdnProviders cdnProviders(List<CdnProvider> providers) {
        return new CdnProviders(providers);
    }

    /** The players' byte counters; at most {@code streamhub.playback.max-tracked-viewers} viewers are remembered. */
    @Singleton
    PlaybackStatsService playbackStatsService(AppRepository apps, PlaybackMetrics metrics, Clock clock,
                                              @Value("${streamhub.playback.max-tracked-viewers:200000}") int maxViewers) {
        return new PlaybackStatsService(apps, metrics, clock, maxViewers);
    }

    /** The viewer router ({@code GET /api/v1/apps/{app}/playback/{room}}, docs/distribution.md). */
    @Singleton
    PlaybackService playbackService(AppRepository apps, AppWorkspace workspace, StreamRepository streams, MediaServerGateway media,
                                    PlacementStore placements, NodeRegistry nodes, PlaybackStatsService stats, JoinTokenService tokens,
                                    CdnProviders cdnProviders, SecretStore secrets, IdGenerator ids, Clock clock,
                                    @Value("${streamhub.cluster.node-stale-seconds:90}") long staleSeconds,
                                    @Value("${streamhub.p2p.tracker-url:}") String defaultTracker) {
        List<String> defaultTrackers = defaultTracker.isBlank() ? List.of() : List.of(defaultTracker.trim());
        return new PlaybackService(apps, workspace, new PlaybackService.LiveRooms(streams, media, placements, nodes), stats, tokens,
                new PlaybackService.Cdn(cdnProviders, secrets),
                new PlaybackService.Settings(Duration.ofSeconds(staleSeconds), ids, clock, defaultTrackers));
    }

    /** The P2P tracker's allow-list ({@code GET /api/v1/p2p/swarms}). */
    @Singleton
    LiveSwarmsService liveSwarmsService(AppRepository apps, AppWorkspace workspace, StreamRepository streams) {
        return new LiveSwarmsService(apps, workspace, streams);
    }

    @Singleton
    CdnPurgeService cdnPurgeService(AppRepository apps, AppWorkspace workspace, CdnProviders cdnProviders, SecretStore secrets) {
        return new CdnPurgeService(apps, workspace, cdnProviders, secrets);
    }

    @Singleton
    AppBuckets appBuckets(AppWorkspace workspace, SecretStore secrets) {
        return new AppBuckets(workspace, secrets);
    }

    /** Checks an app's own bucket ({@code POST /api/v1/apps/{app}/storage/test}). */
    @Singleton
    StorageService storageService(AppRepository apps, AppBuckets buckets, ObjectStorage storage, IdGenerator ids) {
        return new StorageService(apps, buckets, storage, ids);
    }

    @Singleton
    ApiTokenService apiTokenService(ApiTokenRepository tokens, AppRepository apps, IdGenerator ids, TokenCache cache, Clock clock) {
        return new ApiTokenService(tokens, apps, ids, cache, clock);
    }

    @Singleton
    AuthenticationService authenticationService(@Value("${streamhub.admin.user:}") String adminUser,
                                                @Value("${streamhub.admin.pass:}") String adminPass,
                                                UserRepository users, PasswordHasher hasher) {
        return new AuthenticationService(new AuthenticationService.BreakGlassAdmin(adminUser, adminPass), users, hasher);
    }

    @Singleton
    TenantService tenantService(TenantRepository tenants, UserRepository users, PasswordHasher hasher, QuotaGuard quotas,
                                IdGenerator ids, TransactionRunner tx, Clock clock) {
        return new TenantService(tenants, users, hasher, quotas, ids, tx, clock);
    }

    /** Records the audit trail (fed by the web adapter's filter) and serves {@code GET /api/v1/audit}. */
    @Singleton
    AuditService auditService(AuditLog log, UserRepository users, Clock clock) {
        return new AuditService(log, users, clock);
    }

    /**
     * Stores the important log lines (fed by the logging appender through {@code ServerLogWriter}), serves
     * {@code GET /api/v1/logs} and {@code /api/v1/apps/{app}/logs}, and prunes by {@code LOG_RETENTION_DAYS}
     * (0 keeps lines forever) and {@code LOG_DB_MAX_ROWS} (0: no cap).
     */
    @Singleton
    ServerLogService serverLogService(ServerLogStore store, Clock clock, @Value("${streamhub.logs.retention-days:30}") int retentionDays,
                                      @Value("${streamhub.logs.db-max-rows:100000}") long maxRows) {
        return new ServerLogService(store, clock, Duration.ofDays(retentionDays), maxRows);
    }

    @Singleton
    AuthorizationService authorizationService(RoleAuthorizer roles, AppRepository apps, EnforcementMode mode) {
        return new AuthorizationService(new AccessPolicy(), roles, apps, mode);
    }

    @Singleton
    SystemStatsService systemStatsService(HostProbe host, AppRepository apps, TenantRepository tenants,
                                          ApiTokenRepository tokens, AppWorkspace workspace, Clock clock,
                                          @Value("${streamhub.version}") String version) {
        return new SystemStatsService(host, apps, tenants, tokens, workspace, clock, version);
    }

    @Singleton
    JoinTokenService joinTokenService(AppRepository apps, AppWorkspace workspace, QuotaGuard quotas, MediaTokenIssuer issuer,
                                      IdGenerator ids, PlacementStore placements, NodeRegistry nodes) {
        return new JoinTokenService(apps, workspace, quotas, issuer, ids, placements, nodes);
    }

    /** Node health changes are logged ({@code log}), counted, then become callbacks for the apps with rooms on the node. */
    @Singleton
    NodeHealthWatcher nodeHealthWatcher(NodeRegistry nodes, PlacementStore placements, ClusterEvents log, AppRepository apps,
                                        CallbackPublisher callbacks, ControlPlaneMetrics metrics, Clock clock,
                                        @Value("${streamhub.cluster.node-stale-seconds:90}") long staleSeconds) {
        CallbackClusterEvents asCallbacks = new CallbackClusterEvents(apps, callbacks);
        ClusterEvents both = (transition, rooms) -> {
            log.nodeHealthChanged(transition, rooms);
            metrics.nodeHealthChanged(transition.change() == io.streamhub.domain.node.NodeHealth.Change.STALE);
            asCallbacks.nodeHealthChanged(transition, rooms);
        };
        return new NodeHealthWatcher(nodes, placements, both, clock, Duration.ofSeconds(staleSeconds));
    }

    @Singleton
    RetryPolicy callbackRetryPolicy(@Value("${streamhub.callbacks.retry-initial:10s}") Duration first,
                                    @Value("${streamhub.callbacks.retry-max:1h}") Duration ceiling,
                                    @Value("${streamhub.callbacks.give-up-after:24h}") Duration giveUpAfter) {
        return new RetryPolicy(first, ceiling, giveUpAfter);
    }

    @Singleton
    CallbackDispatcher callbackDispatcher(AppRepository apps, AppWorkspace workspace, CallbackStore store, CallbackSender sender,
                                          SecretStore secrets, CallbackMetrics metrics, RetryPolicy policy, Clock clock) {
        return new CallbackDispatcher(apps, workspace, store, sender, secrets, metrics, policy, clock,
                () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    }

    @Singleton
    CallbackPublisher callbackPublisher(AppWorkspace workspace, CallbackStore store, EventEncoder encoder, AppTransactions transactions,
                                        CallbackDispatcher dispatcher, CallbackMetrics metrics, IdGenerator ids, Clock clock) {
        return new CallbackPublisher(workspace, store, encoder, transactions, dispatcher, metrics, ids, clock);
    }

    @Singleton
    CallbackService callbackService(AppRepository apps, AppWorkspace workspace, CallbackStore store, SecretStore secrets,
                                    CallbackDispatcher dispatcher, CallbackTargets targets, IdGenerator ids, Clock clock) {
        return new CallbackService(apps, workspace, store, secrets, dispatcher, targets, ids, clock);
    }

    @Singleton
    CallbackTargets callbackTargets(HostResolver resolver, @Value("${streamhub.callbacks.allow-private:false}") boolean allowPrivate) {
        return new CallbackTargets(resolver, allowPrivate);
    }

    @Singleton
    RoomService roomService(AppRepository apps, MediaServerGateway media, NodeRegistry nodes, PlacementStore placements,
                            AppPlacementStore appPlacements, Clock clock, ControlPlaneMetrics metrics,
                            @Value("${streamhub.cluster.node-stale-seconds:90}") long staleSeconds) {
        return new RoomService(apps, media, nodes, placements, appPlacements, new PlacementPolicy(Duration.ofSeconds(staleSeconds)),
                clock, metrics);
    }

    @Singleton
    OperationsService operationsService(AppRepository apps, AppWorkspace workspace, NodeRegistry nodes, StoreHealth store,
                                        MediaServerGateway media, CallbackStore callbacks, UploadJobQueue uploads, Clock clock,
                                        @Value("${streamhub.cluster.node-stale-seconds:90}") long staleSeconds) {
        return new OperationsService(apps, workspace, nodes, store, media, callbacks, uploads, clock,
                new OperationsService.Settings(Duration.ofSeconds(staleSeconds), Duration.ofSeconds(2)));
    }

    @Singleton
    IngressService ingressService(AppRepository apps, AppWorkspace workspace, MediaServerGateway media, QuotaGuard quotas,
                                  IngressAuthRepository passwords, PasswordHasher hasher, IdGenerator ids, Clock clock) {
        return new IngressService(apps, workspace, media, quotas, new IngressService.Passwords(passwords, hasher, ids), clock);
    }

    @Singleton
    LiveStreamService liveStreamService(AppRepository apps, MediaServerGateway media, StreamRepository streams,
                                        AppTransactions transactions, CallbackPublisher callbacks, Clock clock) {
        return new LiveStreamService(apps, media, streams, transactions, callbacks, clock);
    }

    /** One thread makes the media server calls media events cause (ingress teardown); a full queue drops them. */
    @Singleton
    @Named("media-events")
    @Bean(preDestroy = "shutdown")
    ExecutorService mediaEventWorker() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000),
                runnable -> {
                    Thread thread = new Thread(runnable, "media-events");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Singleton
    MediaEventService mediaEventService(MediaEventVerifier verifier, AppRepository apps, StreamRepository streams,
                                        IngressAuthRepository passwords, MediaServerGateway media, PlacementStore placements,
                                        AppTransactions transactions, CallbackPublisher callbacks,
                                        @Named("media-events") ExecutorService worker, Clock clock, EgressRecorder recorder,
                                        HlsService hls) {
        return new MediaEventService(verifier, apps, streams, passwords, media, placements, transactions, callbacks, worker, clock,
                recorder, hls::onMediaEvent);
    }

    /**
     * Live HLS egress per stream's room and who may play it (docs/hls.md); ended rooms' segments are
     * removed {@code STREAMHUB_HLS_GRACE} (default 5 min) after the end by {@link HlsCleanupLoop}.
     */
    @Singleton
    HlsService hlsService(AppRepository apps, AppWorkspace workspace, StreamRepository streams, MediaServerGateway media,
                          HlsDirectories directories, AppTransactions transactions, CallbackPublisher callbacks, Clock clock,
                          @Value("${streamhub.hls.grace:5m}") Duration grace) {
        return new HlsService(apps, workspace, streams, media, directories, transactions, callbacks, grace, clock);
    }

    /**
     * Which cluster node serves a room's live HLS (the origin proxies {@code /hls/} to it); nodes
     * registered by a ws URL serve it on {@code STREAMHUB_HLS_NODE_PORT} (default 3000).
     */
    @Singleton
    HlsRouting hlsRouting(PlacementStore placements, NodeRegistry nodes, @Value("${streamhub.hls.node-port:3000}") int nodePort) {
        return new HlsRouting(placements, nodes, NodeId.ORIGIN, nodePort);
    }

    /** VOD list, detail (URLs presigned per answer, {@code STREAMHUB_VOD_URL_TTL}) and deletion. */
    @Singleton
    VodService vodService(AppRepository apps, VodRepository vods, UploadJobQueue jobs, AppBuckets buckets, ObjectStorage storage,
                          AppTransactions transactions, Clock clock, @Value("${streamhub.recording.url-ttl:1h}") Duration urlTtl) {
        return new VodService(apps, vods, jobs, buckets, storage, transactions, urlTtl, clock);
    }

    /** {@code POST /apps/{app}/recording/start|{id}/stop} through LiveKit egress. */
    @Singleton
    RecordingService recordingService(AppRepository apps, AppWorkspace workspace, MediaServerGateway media, RecordingFiles files,
                                      VodRepository vods, AppTransactions transactions, CallbackPublisher callbacks, QuotaGuard quotas,
                                      Clock clock) {
        return new RecordingService(apps, workspace, media, files, vods, transactions, callbacks, quotas, clock);
    }

    /** Egress webhooks → the app's VODs and upload jobs (docs/recording.md). */
    @Singleton
    EgressRecorder egressRecorder(VodRepository vods, UploadJobQueue jobs, RecordingFiles files, CallbackPublisher callbacks,
                                  AppTransactions transactions, UploadWakeup wakeup, Clock clock) {
        return new EgressRecorder(vods, jobs, files, callbacks, transactions, wakeup, clock);
    }

    @Singleton
    VodUploadService vodUploadService(AppRepository apps, VodRepository vods, UploadJobQueue jobs, AppBuckets buckets,
                                      ObjectStorage storage, MediaProbe probe, RecordingFiles files, AppTransactions transactions,
                                      CallbackPublisher callbacks, ControlPlaneMetrics metrics, Clock clock,
                                      @Value("${streamhub.recording.upload-retry-initial:5s}") Duration first,
                                      @Value("${streamhub.recording.upload-retry-max:10m}") Duration ceiling,
                                      @Value("${streamhub.recording.upload-fail-vod-after:5}") int failVodAfter) {
        return new VodUploadService(apps, vods, jobs, buckets, storage, probe, files, transactions, callbacks,
                new UploadBackoff(first, ceiling, failVodAfter), metrics, clock);
    }

    /** The periodic reconciliation of VODs with their files and objects ({@code STREAMHUB_RECONCILE_BATCH} VODs per status and app per pass). */
    @Singleton
    VodReconciliationService vodReconciliationService(AppRepository apps, VodRepository vods, UploadJobQueue jobs, AppBuckets buckets,
                                                      ObjectStorage storage, MediaProbe probe, MediaServerGateway media,
                                                      EgressRecorder egresses, AppTransactions transactions, CallbackPublisher callbacks,
                                                      ControlPlaneMetrics metrics, UploadWakeup wakeup, Clock clock,
                                                      @Value("${streamhub.recording.reconcile-batch:100}") int perApp) {
        return new VodReconciliationService(apps, vods, jobs, buckets, storage, probe, media, egresses, transactions, callbacks,
                metrics, wakeup, perApp, clock);
    }

    @Singleton
    ClusterService clusterService(NodeRegistry registry, IdGenerator ids, TransactionRunner tx, Clock clock,
                                  @Value("${streamhub.cluster.token:}") String token,
                                  @Value("${streamhub.cluster.redis-url:}") String redisUrl,
                                  @Value("${streamhub.cluster.node-stale-seconds:90}") long staleSeconds,
                                  @Value("${streamhub.livekit.api-key:}") String livekitKey,
                                  @Value("${streamhub.livekit.api-secret:}") String livekitSecret,
                                  @Value("${streamhub.livekit.url:}") String livekitUrl,
                                  @Value("${streamhub.livekit.public-ws-url:}") String publicWsUrl,
                                  @Value("${streamhub.public-base-url:}") String publicBaseUrl) {
        return new ClusterService(registry, ids, tx, clock, new ClusterService.Settings(nonBlank(token),
                Duration.ofSeconds(staleSeconds), livekitKey, livekitSecret, livekitUrl, nonBlank(redisUrl), nonBlank(publicWsUrl),
                publicBaseUrl.isBlank() ? "<PUBLIC_BASE_URL>" : publicBaseUrl));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
