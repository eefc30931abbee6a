package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodSearch;
import java.util.List;
import java.util.Optional;

/** An app's VODs, in the app's own database; joins the caller's {@link AppTransactions} transaction. */
public interface VodRepository {
    /**
     * Stores a new VOD and returns it with its id, or empty when its egress already has a VOD (the
     * webhook and the start route may both create it; exactly one does).
     */
    Optional<Vod> insertIfAbsent(AppName app, Vod vod);

    void save(AppName app, Vod vod);

    Optional<Vod> find(AppName app, long id);

    /** The VOD of an egress (the egress → VOD mapping, indexed). */
    Optional<Vod> findByEgress(AppName app, String egressId);

    Page search(AppName app, VodSearch search);

    void delete(AppName app, long id);

    record Page(List<Vod> vods, long total) {
    }
}
