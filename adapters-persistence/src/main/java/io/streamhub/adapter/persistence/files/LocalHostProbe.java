package io.streamhub.adapter.persistence.files;

import io.micronaut.context.annotation.Property;
import io.streamhub.application.port.out.HostProbe;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Readings of this machine from the JVM, {@code /proc/loadavg} and the file system holding {@code DATA_DIR}. */
@Singleton
public class LocalHostProbe implements HostProbe {
    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private final Path dataDir;
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

    LocalHostProbe(@Property(name = "streamhub.data-dir") String dataDir) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The 1, 5 and 15 minute load averages where {@code /proc/loadavg} exists, else the JVM's 1 minute figure alone. */
    @Override
    public Cpu cpu() {
        return new Cpu(loadAverage(), os.getAvailableProcessors());
    }

    private double[] loadAverage() {
        try {
            return Arrays.stream(Files.readString(LOADAVG).strip().split("\\s+")).limit(3)
                    .mapToDouble(Double::parseDouble).toArray();
        } catch (IOException | RuntimeException unreadable) {
            double load = os.getSystemLoadAverage();
            return load < 0 ? new double[0] : new double[] {load};
        }
    }

    /** Physical memory; zeros on a JVM without the {@code com.sun.management} extension. */
    @Override
    public Memory memory() {
        if (os instanceof com.sun.management.OperatingSystemMXBean physical) {
            long total = physical.getTotalMemorySize();
            long free = physical.getFreeMemorySize();
            return new Memory(total, free, total - free);
        }
        return new Memory(0, 0, 0);
    }

    @Override
    public Disk disk() {
        try {
            FileStore store = Files.getFileStore(dataDir);
            long total = store.getTotalSpace();
            return new Disk(dataDir.toString(), total, store.getUsableSpace(), total - store.getUnallocatedSpace());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file system of " + dataDir, e);
        }
    }

    @Override
    public Storage storage() {
        Path apps = dataDir.resolve("apps");
        long appsDb = 0;
        if (Files.isDirectory(apps)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(apps, Files::isDirectory)) {
                for (Path dir : dirs) {
                    appsDb += DiskUsage.database(dir.resolve("app.db"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + apps, e);
            }
        }
        return new Storage(DiskUsage.database(dataDir.resolve("data").resolve("streamhub.db")), appsDb, DiskUsage.tree(apps));
    }
}
