package io.streamhub.adapter.persistence.ipaccess;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface IpBanRows extends GenericRepository<IpBanRow, String> {
    @Query("""
            INSERT INTO ip_bans (ip, reason, first_seen, offense_count, banned_until, escalation_level)
            VALUES (:ip, :reason, :firstSeen, :offenseCount, :bannedUntil, :escalationLevel)
            ON CONFLICT (ip) DO UPDATE SET reason = excluded.reason, first_seen = excluded.first_seen,
                offense_count = excluded.offense_count, banned_until = excluded.banned_until,
                escalation_level = excluded.escalation_level""")
    void upsert(String ip, String reason, Instant firstSeen, int offenseCount, Instant bannedUntil, int escalationLevel);

    @Query("SELECT * FROM ip_bans ORDER BY ip")
    List<IpBanRow> listAll();

    @Query("DELETE FROM ip_bans WHERE ip = :ip")
    int delete(String ip);

    @Query("DELETE FROM ip_bans WHERE banned_until < :before")
    void deleteEndedBefore(Instant before);
}
