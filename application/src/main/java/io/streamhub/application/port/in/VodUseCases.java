package io.streamhub.application.port.in;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodSearch;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Driving ports for an app's VODs. */
public final class VodUseCases {
    private VodUseCases() {
    }

    public record VodQuery(AppName app, VodSearch search) {
    }

    public record VodPageView(List<Vod> vods, long total, int limit, int offset) {
    }

    /** A VOD with URLs presigned for this answer (empty until it is ready or without storage). */
    public record VodView(Vod vod, Optional<URI> url, Optional<URI> snapshotUrl, Optional<Instant> expiresAt) {
    }

    public record DeletedVodView(long id, int objectsDeleted, boolean localDeleted) {
    }

    public interface ListVodsUseCase {
        VodPageView list(VodQuery query);
    }

    public interface GetVodUseCase {
        /** @throws io.streamhub.domain.error.NotFoundException for an unknown id or another app's VOD */
        VodView get(AppName app, long id);
    }

    public interface DeleteVodUseCase {
        /** Deletes the object, the snapshot, the local file and the row; a VOD still recording or uploading is a conflict. */
        DeletedVodView delete(AppName app, long id);
    }
}
