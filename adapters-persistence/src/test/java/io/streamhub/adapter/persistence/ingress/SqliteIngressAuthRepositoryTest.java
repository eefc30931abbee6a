package io.streamhub.adapter.persistence.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.adapter.persistence.files.FileAppWorkspace;
import io.streamhub.application.port.out.IngressAuthRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.ingress.IngressAuth;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the SQLite adapter adds to the contract: the row format, no files from reads, purges and databases created at V1. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteIngressAuthRepositoryTest implements TemporaryDataDir {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");
    private static final String HAS_TABLE = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'ingress_auth'";
    private static final String VERSIONS = "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank";

    @Inject
    SqliteIngressAuthRepository auths;
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
    void theIngressAuthRepositoryPortResolvesToThisAdapter() {
        assertInstanceOf(SqliteIngressAuthRepository.class, context.getBean(IngressAuthRepository.class));
    }

    @Test
    void aNewWorkspaceIsAtTheLatestVersionWithTheTable() throws SQLException {
        create(app);

        assertEquals(List.of("1", "2", "3", "4"), rows(VERSIONS));
        assertEquals(List.of("1"), rows(HAS_TABLE));
    }

    @Test
    void rowsHoldTheHashAndEpochMilliseconds() throws SQLException {
        create(app);

        auths.save(app, new IngressAuth("IN_a", "$argon2id$v=19$hash", T0, Optional.empty()));
        auths.save(app, new IngressAuth("IN_b", "hash-b", T0, Optional.of(T0.plusMillis(1_500))));

        assertEquals(List.of("IN_a|$argon2id$v=19$hash|" + T0.toEpochMilli() + "|null",
                        "IN_b|hash-b|" + T0.toEpochMilli() + "|" + (T0.toEpochMilli() + 1_500)),
                rows("SELECT ingress_id || '|' || password_hash || '|' || created_at || '|' || IFNULL(validated_at, 'null')"
                        + " FROM ingress_auth ORDER BY ingress_id"));
    }

    @Test
    void readsRowsWrittenByOthers() throws SQLException {
        create(app);
        sql("INSERT INTO ingress_auth (ingress_id, password_hash, created_at, validated_at) VALUES"
                + " ('IN_a', 'hash-a', " + T0.toEpochMilli() + ", NULL), ('IN_b', 'hash-b', 0, " + T0.toEpochMilli() + ")");

        assertEquals(Optional.of(new IngressAuth("IN_a", "hash-a", T0, Optional.empty())), auths.find(app, "IN_a"));
        assertEquals(Optional.of(new IngressAuth("IN_b", "hash-b", Instant.EPOCH, Optional.of(T0))), auths.find(app, "IN_b"));
    }

    @Test
    void anUpsertKeepsOneRow() throws SQLException {
        create(app);
        IngressAuth auth = new IngressAuth("IN_a", "hash-a", T0, Optional.empty());
        auths.save(app, auth);

        auths.save(app, auth.validated(T0.plusSeconds(1)));

        assertEquals(List.of("1"), rows("SELECT COUNT(*) FROM ingress_auth"));
        assertEquals(List.of(String.valueOf(T0.plusSeconds(1).toEpochMilli())), rows("SELECT validated_at FROM ingress_auth"));
    }

    @Test
    void readsAndDeletesOfAnAppWithoutADatabaseCreateNothing() throws Exception {
        IngressAuth auth = new IngressAuth("IN_a", "hash-a", T0, Optional.empty());
        assertEquals(Optional.empty(), auths.find(app, "IN_a"));
        auths.delete(app, "IN_a");
        assertFalse(Files.exists(appDir));

        Files.createDirectories(appDir);
        assertEquals(Optional.empty(), auths.find(app, "IN_a"));
        auths.delete(app, "IN_a");
        assertThrows(IllegalStateException.class, () -> auths.save(app, auth));
        try (Stream<Path> files = Files.list(appDir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aPurgedAppHasNoPasswordsAndARecreatedOneStartsEmpty() {
        IngressAuth auth = new IngressAuth("IN_a", "hash-a", T0, Optional.empty());
        create(app);
        auths.save(app, auth);

        workspace.purge(app);

        assertEquals(Optional.empty(), auths.find(app, "IN_a"));
        assertThrows(IllegalStateException.class, () -> auths.save(app, auth));
        assertFalse(Files.exists(appDir));

        create(app);
        assertEquals(Optional.empty(), auths.find(app, "IN_a"));
        auths.save(app, auth);
        assertEquals(Optional.of(auth), auths.find(app, "IN_a"));
    }

    /** Creating the workspace again (it is idempotent) runs Flyway on the existing database. */
    @Test
    void aV1DatabaseGetsTheTableWhenTheWorkspaceIsCreatedAgain() throws Exception {
        atVersion1(app);
        assertEquals(List.of("1"), rows(VERSIONS));
        assertEquals(List.of("0"), rows(HAS_TABLE));

        create(app);

        assertEquals(List.of("1", "2", "3", "4"), rows(VERSIONS));
        assertEquals(List.of("1"), rows(HAS_TABLE));
    }

    /** Nothing recreates the workspace of an existing app, so the adapter's first use migrates its database. */
    @Test
    void aV1DatabaseWithARowGetsTheTableOnTheFirstUseAndKeepsItsRows() throws Exception {
        atVersion1(app);
        sql("INSERT INTO streams (stream_id, type, room, participant, status, started_at) VALUES ('studio/cam', 'rtmp', 'studio', 'cam', 'active', 0)");

        assertEquals(Optional.empty(), auths.find(app, "IN_a"));

        assertEquals(List.of("1", "2", "3", "4"), rows(VERSIONS));
        assertEquals(List.of("1"), rows(HAS_TABLE));
        assertEquals(List.of("studio/cam"), rows("SELECT stream_id FROM streams"));
        IngressAuth auth = new IngressAuth("IN_a", "hash-a", T0, Optional.of(T0));
        auths.save(app, auth);
        assertEquals(Optional.of(auth), auths.find(app, "IN_a"));
        assertEquals(1, workspace.activeStreams(app));
    }

    @Test
    void aV1DatabaseIsMigratedBeforeTheFirstSaveOrDelete() throws Exception {
        AppName other = new AppName(app.value() + "-b");
        atVersion1(app);
        atVersion1(other);
        IngressAuth auth = new IngressAuth("IN_a", "hash-a", T0, Optional.empty());

        auths.save(app, auth);
        auths.delete(other, "IN_a");

        assertEquals(Optional.of(auth), auths.find(app, "IN_a"));
        assertEquals(List.of("1", "2", "3", "4"), rows(VERSIONS));
        assertEquals(List.of("1", "2", "3", "4"), rows(Path.of(dataDir, "apps", other.value()), VERSIONS));
    }

    private void create(AppName name) {
        workspace.create(App.create(name, null, null, TenantId.PLATFORM, T0), AppConfig.defaults());
    }

    /** The app's database as a release with only {@code V1__init} left it. */
    private void atVersion1(AppName name) throws Exception {
        Path dir = Files.createDirectories(Path.of(dataDir, "apps", name.value()));
        Flyway.configure().dataSource("jdbc:sqlite:" + dir.resolve("app.db"), null, null)
                .locations("classpath:db/app").target("1").load().migrate();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + appDir.resolve("app.db"));
             Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    private List<String> rows(String query) throws SQLException {
        return rows(appDir, query);
    }

    private static List<String> rows(Path dir, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
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
