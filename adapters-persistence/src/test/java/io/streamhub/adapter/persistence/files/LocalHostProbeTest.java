package io.streamhub.adapter.persistence.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.HostProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalHostProbeTest {
    @TempDir
    Path dataDir;

    @Test
    void storageSeparatesTheGlobalDatabaseTheAppDatabasesAndEverythingUnderApps() throws Exception {
        write(dataDir.resolve("data/streamhub.db"), 4_000);
        write(dataDir.resolve("data/streamhub.db-wal"), 1_000);
        write(dataDir.resolve("data/secret.key"), 44);
        write(dataDir.resolve("apps/live/app.db"), 300);
        write(dataDir.resolve("apps/live/app.db-wal"), 20);
        write(dataDir.resolve("apps/live/recordings/live-1.mp4"), 7_000);
        write(dataDir.resolve("apps/news/app.db"), 200);

        HostProbe.Storage storage = new LocalHostProbe(dataDir.toString()).storage();

        assertEquals(new HostProbe.Storage(5_000, 520, 7_520), storage);
    }

    @Test
    void anEmptyDataDirUsesNoStorage() {
        assertEquals(new HostProbe.Storage(0, 0, 0), new LocalHostProbe(dataDir.toString()).storage());
    }

    @Test
    void readsTheDiskHoldingTheDataDirAndThisMachinesCpuAndMemory() {
        LocalHostProbe probe = new LocalHostProbe(dataDir.toString());

        HostProbe.Disk disk = probe.disk();
        HostProbe.Memory memory = probe.memory();

        assertEquals(dataDir.toAbsolutePath().toString(), disk.path());
        assertTrue(disk.totalBytes() > 0 && disk.freeBytes() <= disk.totalBytes() && disk.usedBytes() <= disk.totalBytes());
        assertTrue(memory.totalBytes() > 0 && memory.freeBytes() + memory.usedBytes() == memory.totalBytes());
        assertEquals(Runtime.getRuntime().availableProcessors(), probe.cpu().cores());
        assertTrue(probe.cpu().loadAverage().length == 3 || Files.notExists(Path.of("/proc/loadavg")));
    }

    private static void write(Path file, int bytes) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
    }
}
