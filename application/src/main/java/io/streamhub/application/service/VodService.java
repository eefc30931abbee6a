package io.streamhub.application.service;

import io.streamhub.application.port.in.VodUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.ObjectStorage;
import io.streamhub.application.port.out.UploadJobQueue;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.ConflictException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.UpstreamException;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Lists, shows (with URLs presigned per answer, never stored) and deletes an app's VODs. */
public final class VodService implements VodUseCases.ListVodsUseCase, VodUseCases.GetVodUseCase, VodUseCases.DeleteVodUseCase {
    private final AppRepository apps;
    private final VodRepository vods;
    private final UploadJobQueue jobs;
    private final AppBuckets buckets;
    private final ObjectStorage storage;
    private final AppTransactions transactions;
    private final Duration urlTtl;
    private final Clock clock;

    public VodService(AppRepository apps, VodRepository vods, UploadJobQueue jobs, AppBuckets buckets, ObjectStorage storage,
                      AppTransactions transactions, Duration urlTtl, Clock clock) {
        this.apps = apps;
        this.vods = vods;
        this.jobs = jobs;
        this.buckets = buckets;
        this.storage = storage;
        this.transactions = transactions;
        this.urlTtl = urlTtl;
        this.clock = clock;
    }

    @Override
    public VodUseCases.VodPageView list(VodUseCases.VodQuery query) {
        AppLookup.require(apps, query.app());
        VodRepository.Page page = vods.search(query.app(), query.search());
        return new VodUseCases.VodPageView(page.vods(), page.total(), query.search().limit(), query.search().offset());
    }

    @Override
    public VodUseCases.VodView get(AppName app, long id) {
        Vod vod = find(app, id);
        Optional<AppBuckets.Bucket> bucket = buckets.of(app);
        if (vod.status() != VodStatus.READY || bucket.isEmpty() || vod.fileKey().isEmpty()) {
            return new VodUseCases.VodView(vod, Optional.empty(), Optional.empty(), Optional.empty());
        }
        try {
            URI url = storage.presignGet(bucket.get().access(), vod.fileKey().get(), urlTtl);
            Optional<URI> snapshot = vod.snapshotKey().map(key -> storage.presignGet(bucket.get().access(), key, urlTtl));
            return new VodUseCases.VodView(vod, Optional.of(url), snapshot, Optional.of(clock.instant().plus(urlTtl)));
        } catch (ObjectStorage.StorageFailure e) {
            throw new UpstreamException("storage_failed", "cannot sign the VOD's URL: " + e.getMessage());
        }
    }

    @Override
    public VodUseCases.DeletedVodView delete(AppName app, long id) {
        Vod vod = find(app, id);
        if (vod.status() == VodStatus.RECORDING || vod.status() == VodStatus.UPLOADING) {
            throw new ConflictException("status", "VOD " + id + " is " + vod.status().key() + "; delete it once it is ready or failed");
        }
        int objects = 0;
        Optional<AppBuckets.Bucket> bucket = buckets.of(app);
        if (bucket.isPresent()) {
            try {
                for (String key : vod.fileKey().stream().toList()) {
                    storage.delete(bucket.get().access(), key);
                    objects++;
                }
                for (String key : vod.snapshotKey().stream().toList()) {
                    storage.delete(bucket.get().access(), key);
                    objects++;
                }
            } catch (ObjectStorage.StorageFailure e) {
                throw new UpstreamException("storage_failed", "the VOD is kept: cannot delete its objects: " + e.getMessage());
            }
        } else if (vod.fileKey().isPresent()) {
            throw new ConflictException("storage", "the VOD's objects are in a bucket that is no longer configured; configure it to delete them");
        }
        boolean localDeleted;
        try {
            localDeleted = vod.localPath().isPresent() && Files.deleteIfExists(Path.of(vod.localPath().get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.inApp(app, () -> {
            jobs.delete(app, id);
            vods.delete(app, id);
        });
        return new VodUseCases.DeletedVodView(id, objects, localDeleted);
    }

    private Vod find(AppName app, long id) {
        AppLookup.require(apps, app);
        return vods.find(app, id).orElseThrow(() -> new NotFoundException("vod", Long.toString(id)));
    }
}
