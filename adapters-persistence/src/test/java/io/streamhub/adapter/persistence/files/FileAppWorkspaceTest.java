package io.streamhub.adapter.persistence.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.app.RoomPrefix;
import io.streamhub.domain.tenant.TenantId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class FileAppWorkspaceTest {
    private static final App LIVE = App.create(new AppName("live"), "Live", new RoomPrefix("live"), TenantId.PLATFORM,
            Instant.EPOCH);
    private static final AppConfig CUSTOM = new AppConfig(
            new AppConfig.Recording(false, "participant", "speaker", 30, 60),
            new AppConfig.Callbacks("https://hooks.example.com/streamhub", false),
            new AppConfig.Features(true, false, true, true, true, false, true),
            new AppConfig.Webrtc(false, List.of(new AppConfig.Layer("full", 1080), new AppConfig.Layer("low", 360))),
            new AppConfig.Storage("http://127.0.0.1:9000", "eu-central-1", "live-vods", "streamhub/live", true, false, false));

    @TempDir
    Path dataDir;
    private FileAppWorkspace workspace;
    private Path appDir;

    @BeforeEach
    void workspaceInAnEmptyDataDir() {
        workspace = new FileAppWorkspace(dataDir.toString());
        appDir = dataDir.resolve("apps").resolve("live");
    }

    @Test
    void createMakesTheMediaFoldersTheConfigAndTheMigratedDatabase() throws Exception {
        workspace.create(LIVE, AppConfig.defaults());

        for (String media : List.of("recordings", "hls", "snapshots", "samples")) {
            assertTrue(Files.isDirectory(appDir.resolve(media)), media);
        }
        assertEquals(AppConfig.defaults(), workspace.readConfig(LIVE.name()));
        assertTrue(tables(appDir.resolve("app.db")).containsAll(Set.of("streams", "vods", "_streamhub_meta")));
    }

    @Test
    void creatingAgainKeepsTheFirstConfigAndDatabase() {
        workspace.create(LIVE, CUSTOM);
        insertStream("live/cam", "active");

        workspace.create(LIVE, AppConfig.defaults());

        assertEquals(CUSTOM, workspace.readConfig(LIVE.name()));
        assertEquals(1, workspace.activeStreams(LIVE.name()));
    }

    @Test
    void readConfigReturnsWhatWriteConfigWrote() {
        workspace.create(LIVE, AppConfig.defaults());

        workspace.writeConfig(LIVE, CUSTOM);

        assertEquals(CUSTOM, workspace.readConfig(LIVE.name()));
    }

    @Test
    void theConfigFileUsesSnakeCaseKeysAndFollowsTheAppsNameAndPrefix() throws Exception {
        workspace.create(LIVE, AppConfig.defaults());
        App renamed = LIVE.rename("Live TV", new RoomPrefix("tv"), Instant.EPOCH);

        workspace.writeConfig(renamed, CUSTOM);

        Map<String, Object> yaml = new Yaml().load(Files.readString(appDir.resolve("config.yaml")));
        assertEquals(List.of("name", "display_name", "room_prefix", "recording", "callbacks", "features", "webrtc", "s3",
                "distribution", "hls", "playback"),
                List.copyOf(yaml.keySet()));
        assertEquals("Live TV", yaml.get("display_name"));
        assertEquals("tv", yaml.get("room_prefix"));
        assertEquals(Map.of("enabled", false, "mode", "participant", "layout", "speaker", "split_minutes", 30,
                "snapshot_seconds", 60), yaml.get("recording"));
    }

    @Test
    void noSecretIsEverWrittenOnlyTheCallbackUrl() throws Exception {
        AppConfig withSecret = new AppConfig(CUSTOM.recording(), new AppConfig.Callbacks("https://hooks.example.com", true),
                CUSTOM.features(), CUSTOM.webrtc());

        workspace.create(LIVE, withSecret);

        String text = Files.readString(appDir.resolve("config.yaml"));
        assertFalse(text.contains("secret"), text);
        assertEquals(Map.of("url", "https://hooks.example.com"), new Yaml().<Map<String, Object>>load(text).get("callbacks"));
    }

    @Test
    void aConfigEditedByHandIsReadAgainDespiteTheCache() throws Exception {
        workspace.create(LIVE, AppConfig.defaults());
        assertEquals(AppConfig.defaults(), workspace.readConfig(LIVE.name()));
        Path file = appDir.resolve("config.yaml");
        Files.writeString(file, Files.readString(file).replace("chat: false", "chat: true"));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals(true, workspace.readConfig(LIVE.name()).features().chat());
    }

    @Test
    void missingKeysReadAsTheirDefaults() throws Exception {
        Files.createDirectories(appDir);
        Files.writeString(appDir.resolve("config.yaml"), "name: live\nrecording:\n  split_minutes: 15\nfeatures:\n  chat: true\n");

        AppConfig config = workspace.readConfig(LIVE.name());

        AppConfig defaults = AppConfig.defaults();
        assertEquals(new AppConfig.Recording(true, "room-composite", "grid", 15, 0), config.recording());
        assertTrue(config.features().chat());
        assertEquals(defaults.features().viewerCounter(), config.features().viewerCounter());
        assertEquals(defaults.webrtc(), config.webrtc());
        assertEquals(defaults.callbacks(), config.callbacks());
        assertEquals(defaults.distribution(), config.distribution(), "a config.yaml from before the distribution block reads as edge");
        assertEquals(defaults.hls(), config.hls());
        assertEquals(defaults.playback(), config.playback());
    }

    @Test
    void theDistributionHlsAndPlaybackBlocksRoundTripInSnakeCaseWithoutCredentials() throws Exception {
        AppConfig config = new AppConfig(CUSTOM.recording(), CUSTOM.callbacks(), CUSTOM.features(), CUSTOM.webrtc(), CUSTOM.storage(),
                new io.streamhub.domain.distribution.DistributionConfig(io.streamhub.domain.distribution.DistributionMode.HYBRID,
                        new io.streamhub.domain.distribution.DistributionConfig.Cdn(io.streamhub.domain.distribution.CdnProviderKind.BUNNY,
                                "https://live.b-cdn.test", "https://vod.b-cdn.test", false, Set.of()),
                        new io.streamhub.domain.distribution.DistributionConfig.P2p(true, List.of("wss://tracker.example.test"),
                                List.of("stun:stun.example.test:3478"), "events", 12),
                        new io.streamhub.domain.distribution.DistributionConfig.Edge(50)),
                new AppConfig.Hls(6, 12), new AppConfig.Playback(false));
        workspace.create(LIVE, config);
        assertEquals(config, workspace.readConfig(LIVE.name()));
        String text = Files.readString(appDir.resolve("config.yaml"));
        Map<String, Object> yaml = new Yaml().load(text);
        @SuppressWarnings("unchecked")
        Map<String, Object> distribution = (Map<String, Object>) yaml.get("distribution");
        assertEquals("hybrid", distribution.get("mode"));
        assertEquals(Map.of("max_webrtc_viewers", 50), distribution.get("edge"));
        assertEquals(Map.of("segment_seconds", 6, "list_size", 12), yaml.get("hls"));
        assertEquals(Map.of("private", false), yaml.get("playback"));
        assertTrue(text.contains("swarm_prefix: events") && text.contains("base_url: https://live.b-cdn.test"), text);
        assertFalse(text.contains("credential"), text);
    }

    @Test
    void aReaderNeverSeesAHalfWrittenConfig() throws Exception {
        AppConfig other = new AppConfig(CUSTOM.recording(), new AppConfig.Callbacks("https://other.example.com", false),
                CUSTOM.features(), CUSTOM.webrtc());
        workspace.create(LIVE, CUSTOM);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<AppConfig> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                seen.add(workspace.readConfig(LIVE.name()));
            }
        });
        reader.start();

        for (int i = 0; i < 2_000; i++) {
            workspace.writeConfig(LIVE, i % 2 == 0 ? other : CUSTOM);
        }
        writing.set(false);
        reader.join();

        assertEquals(List.of(), seen.stream().filter(config -> !config.equals(CUSTOM) && !config.equals(other)).toList());
        try (Stream<Path> files = Files.list(appDir)) {
            assertEquals(List.of(), files.filter(file -> file.toString().endsWith(".tmp")).toList(), "temporary files left");
        }
    }

    @Test
    void activeStreamsCountsOnlyTheActiveRowsOfTheAppDatabase() {
        workspace.create(LIVE, AppConfig.defaults());
        insertStream("live/cam-1", "active");
        insertStream("live/cam-2", "active");
        insertStream("live/cam-3", "ended");

        assertEquals(2, workspace.activeStreams(LIVE.name()));
    }

    @Test
    void anAppWithoutADatabaseHasNoActiveStreamsAndGetsNoDatabase() {
        assertEquals(0, workspace.activeStreams(LIVE.name()));
        assertFalse(Files.exists(appDir.resolve("app.db")));
    }

    @Test
    void theAppDatabaseRefusesAnUnknownStreamType() {
        workspace.create(LIVE, AppConfig.defaults());

        assertThrows(SQLException.class, () -> sql("INSERT INTO streams (stream_id, type, room, participant, started_at)"
                + " VALUES ('live/x', 'carrier-pigeon', 'live', 'x', 0)"));
    }

    @Test
    void diskBytesAddsUpEveryFileOfTheApp() throws Exception {
        workspace.create(LIVE, AppConfig.defaults());
        long before = workspace.diskBytes(LIVE.name());

        Files.write(appDir.resolve("recordings").resolve("live-1.mp4"), new byte[10_000]);

        assertEquals(before + 10_000, workspace.diskBytes(LIVE.name()));
        assertTrue(before >= Files.size(appDir.resolve("config.yaml")) + Files.size(appDir.resolve("app.db")));
    }

    @Test
    void purgeDeletesTheAppDirectoryAndLeavesOtherApps() {
        App news = App.create(new AppName("news"), null, null, TenantId.PLATFORM, Instant.EPOCH);
        workspace.create(LIVE, AppConfig.defaults());
        workspace.create(news, AppConfig.defaults());
        insertStream("live/cam", "active");

        workspace.purge(LIVE.name());

        assertFalse(Files.exists(appDir));
        assertEquals(0, workspace.activeStreams(LIVE.name()));
        assertTrue(Files.exists(dataDir.resolve("apps").resolve("news").resolve("config.yaml")));
    }

    @Test
    void purgeRefusesAnAppDirectoryThatResolvesOutsideTheAppsFolder(@TempDir Path elsewhere) throws Exception {
        Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "keep me");
        Files.createDirectories(dataDir.resolve("apps"));
        Files.createSymbolicLink(appDir, elsewhere);

        assertThrows(IllegalStateException.class, () -> workspace.purge(LIVE.name()));
        assertTrue(Files.exists(precious));
    }

    private void insertStream(String streamId, String status) {
        try {
            sql("INSERT INTO streams (stream_id, type, room, participant, status, started_at, ended_at) VALUES ('"
                    + streamId + "', 'webrtc', 'live', 'cam', '" + status + "', 0, "
                    + ("ended".equals(status) ? "1" : "NULL") + ")");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + appDir.resolve("app.db"));
             Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    private static Set<String> tables(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            Set<String> names = new HashSet<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }
}
