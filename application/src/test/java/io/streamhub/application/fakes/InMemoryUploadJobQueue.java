package io.streamhub.application.fakes;

import io.streamhub.application.port.out.UploadJobQueue;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.UploadJob;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Upload jobs in memory, one per VOD and app. */
public class InMemoryUploadJobQueue implements UploadJobQueue {
    private final Map<AppName, Map<Long, UploadJob>> jobs = new ConcurrentHashMap<>();

    @Override
    public void save(AppName app, UploadJob job) {
        jobs.computeIfAbsent(app, a -> new ConcurrentHashMap<>()).put(job.vodId(), job);
    }

    @Override
    public Optional<UploadJob> find(AppName app, long vodId) {
        return Optional.ofNullable(jobs.getOrDefault(app, Map.of()).get(vodId));
    }

    @Override
    public void delete(AppName app, long vodId) {
        jobs.getOrDefault(app, new ConcurrentHashMap<>()).remove(vodId);
    }

    @Override
    public List<UploadJob> due(AppName app, Instant now, int limit) {
        return jobs.getOrDefault(app, Map.of()).values().stream().filter(j -> !j.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(UploadJob::nextAttemptAt).thenComparingLong(UploadJob::vodId)).limit(limit).toList();
    }

    @Override
    public long pending(AppName app) {
        return jobs.getOrDefault(app, Map.of()).size();
    }
}
