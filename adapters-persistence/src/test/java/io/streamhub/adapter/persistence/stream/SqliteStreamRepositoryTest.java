package io.streamhub.adapter.persistence.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.adapter.persistence.files.FileAppWorkspace;
import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.stream.Stream;
import io.streamhub.domain.stream.StreamType;
import io.streamhub.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the SQLite adapter adds to the contract: the row format, no files from reads, purges and concurrent writers. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteStreamRepositoryTest implements TemporaryDataDir {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

    @Inject
    SqliteStreamRepository streams;
    @Inject
    FileAppWorkspace workspace;
    @Inject
    BeanContext context;
    @Property(name = "streamhub.data-dir")
    String dataDir;

    private AppName app;
    private Path appDir;
    private int n;

    /** Each test gets an app of its own, so the shared data dir needs no cleaning. */
    @BeforeEach
    void aFreshApp() {
        app = new AppName("app-" + (++n) + "-" + System.nanoTime() % 100_000);
        appDir = Path.of(dataDir, "apps", app.value());
    }

    @Test
    void theStreamRepositoryPortResolvesToThisAdapter() {
        assertInstanceOf(SqliteStreamRepository.class, context.getBean(StreamRepository.class));
    }

    @Test
    void rowsHoldTheTypeKeyTheStatusAndEpochMilliseconds() throws SQLException {
        create(app);

        streams.save(app, Stream.started(StreamType.WS_MJPEG, "gate", "door", T0).ended(T0.plusMillis(1_500)));

        assertEquals(List.of("gate/door|ws-mjpeg|gate|door|ended|" + T0.toEpochMilli() + "|" + (T0.toEpochMilli() + 1_500)),
                rows("SELECT stream_id || '|' || type || '|' || room || '|' || participant || '|' || status || '|'"
                        + " || started_at || '|' || ended_at FROM streams"));
    }

    @Test
    void anUpsertKeepsOneRowWithItsIdAndItsStats() throws SQLException {
        create(app);
        streams.save(app, Stream.started(StreamType.WEBRTC, "studio", "cam", T0));
        sql("UPDATE streams SET last_stats_json = '{\"bitrate\":1}'");
        List<String> before = rows("SELECT id FROM streams");

        streams.save(app, Stream.started(StreamType.RTMP, "studio", "cam", T0).ended(T0.plusSeconds(1)));

        assertEquals(before, rows("SELECT id FROM streams"));
        assertEquals(List.of("rtmp|ended|{\"bitrate\":1}"), rows("SELECT type || '|' || status || '|' || last_stats_json FROM streams"));
    }

    @Test
    void readsRowsWrittenByOthersAndAgreeWithTheWorkspaceCount() throws SQLException {
        create(app);
        sql("INSERT INTO streams (stream_id, type, room, participant, status, started_at, ended_at) VALUES"
                + " ('studio/a', 'whip', 'studio', 'a', 'active', " + T0.toEpochMilli() + ", NULL),"
                + " ('studio/b', 'rtsp', 'studio', 'b', 'ended', 0, " + T0.toEpochMilli() + ")");
        streams.save(app, Stream.started(StreamType.WEBRTC, "studio", "c", T0.plusMillis(1)));

        assertEquals(Optional.of(Stream.started(StreamType.WHIP, "studio", "a", T0)), streams.find(app, "studio/a"));
        assertEquals(Optional.of(new Stream("studio/b", StreamType.RTSP, "studio", "b", false, Instant.EPOCH, Optional.of(T0))),
                streams.find(app, "studio/b"));
        assertEquals(List.of("studio/c", "studio/a"), streams.active(app).stream().map(Stream::streamId).toList());
        assertEquals(2, workspace.activeStreams(app));
    }

    @Test
    void readsOfAnAppWithoutADatabaseCreateNothing() throws Exception {
        assertEquals(Optional.empty(), streams.find(app, "studio/cam"));
        assertEquals(List.of(), streams.active(app));
        assertFalse(Files.exists(appDir));

        Files.createDirectories(appDir);
        assertEquals(Optional.empty(), streams.find(app, "studio/cam"));
        assertEquals(List.of(), streams.active(app));
        assertThrows(IllegalStateException.class,
                () -> streams.save(app, Stream.started(StreamType.WEBRTC, "studio", "cam", T0)));
        try (java.util.stream.Stream<Path> files = Files.list(appDir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aPurgedAppHasNoStreamsAndARecreatedOneStartsEmpty() {
        Stream cam = Stream.started(StreamType.WEBRTC, "studio", "cam", T0);
        create(app);
        streams.save(app, cam);

        workspace.purge(app);

        assertEquals(Optional.empty(), streams.find(app, "studio/cam"));
        assertEquals(List.of(), streams.active(app));
        assertThrows(IllegalStateException.class, () -> streams.save(app, cam));
        assertFalse(Files.exists(appDir));

        create(app);
        assertEquals(List.of(), streams.active(app));
        streams.save(app, cam);
        assertEquals(List.of(cam), streams.active(app));
    }

    @Test
    void twoThreadsSavingIntoTheSameAppAllLand() throws Exception {
        create(app);
        int perThread = 100;
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> writers = new ArrayList<>();
        for (String room : List.of("left", "right")) {
            Thread writer = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        streams.save(app, Stream.started(StreamType.WEBRTC, room, "cam-" + i, T0.plusMillis(i)));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "writer-" + room);
            writer.start();
            writers.add(writer);
        }

        start.countDown();
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse(writer.isAlive(), writer.getName() + " still running");
        }

        assertEquals(List.of(), failures);
        List<Stream> active = streams.active(app);
        assertEquals(2 * perThread, active.size());
        Set<String> ids = new HashSet<>();
        active.forEach(stream -> ids.add(stream.streamId()));
        for (int i = 0; i < perThread; i++) {
            assertTrue(ids.contains("left/cam-" + i) && ids.contains("right/cam-" + i), "cam-" + i);
        }
        assertEquals(List.of(String.valueOf(2 * perThread)), rows("SELECT COUNT(*) FROM streams"));
    }

    private void create(AppName name) {
        workspace.create(App.create(name, null, null, TenantId.PLATFORM, T0), AppConfig.defaults());
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + appDir.resolve("app.db"));
             Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    private List<String> rows(String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + appDir.resolve("app.db"));
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
