package io.streamhub.application.service;

import io.streamhub.application.port.in.StorageUseCases;
import io.streamhub.application.port.in.StorageUseCases.Step;
import io.streamhub.application.port.in.StorageUseCases.StorageCheckView;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.application.port.out.ObjectStorage;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks an app's bucket with a real put, head and delete of a small probe object. */
public final class StorageService implements StorageUseCases.TestStorageUseCase {
    private final AppRepository apps;
    private final AppBuckets buckets;
    private final ObjectStorage storage;
    private final IdGenerator ids;

    public StorageService(AppRepository apps, AppBuckets buckets, ObjectStorage storage, IdGenerator ids) {
        this.apps = apps;
        this.buckets = buckets;
        this.storage = storage;
        this.ids = ids;
    }

    @Override
    public StorageCheckView test(AppName app) {
        AppLookup.require(apps, app);
        AppBuckets.Bucket bucket = buckets.of(app).orElseThrow(() -> new InvalidInputException("storage",
                "storage is not configured: set storage.bucket, storage.accessKey and storage.secretKey"));
        String key = bucket.settings().key(".streamhub-check/" + ids.uuid() + ".txt");
        List<Step> steps = new ArrayList<>();
        Path probe = probeFile();
        try {
            run(steps, "put", () -> storage.put(bucket.access(), key, probe, "text/plain"));
            run(steps, "head", () -> {
                if (storage.head(bucket.access(), key).isEmpty()) {
                    throw new ObjectStorage.StorageFailure("the object just written is not in the bucket", null);
                }
            });
            run(steps, "delete", () -> storage.delete(bucket.access(), key));
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // a temp file
            }
        }
        boolean ok = steps.size() == 3 && steps.stream().allMatch(Step::ok);
        return new StorageCheckView(ok, bucket.settings().bucket(), key, steps);
    }

    private static void run(List<Step> steps, String name, Runnable step) {
        if (!steps.isEmpty() && !steps.get(steps.size() - 1).ok()) {
            return;
        }
        try {
            step.run();
            steps.add(new Step(name, true, Optional.empty()));
        } catch (ObjectStorage.StorageFailure e) {
            steps.add(new Step(name, false, Optional.of(e.getMessage())));
        }
    }


    private static Path probeFile() {
        try {
            Path file = Files.createTempFile("streamhub-storage-check", ".txt");
            Files.writeString(file, "StreamHub storage check\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
