package io.streamhub.adapter.persistence.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.MachineSampler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcMachineSamplerTest {

    @Test
    void readsTheRealProcOfThisMachine() throws InterruptedException {
        ProcMachineSampler sampler = new ProcMachineSampler();
        MachineSampler.MachineSample first = sampler.sample();
        long spinUntil = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < spinUntil) {
            Math.sqrt(System.nanoTime());
        }
        MachineSampler.MachineSample second = sampler.sample();
        assertEquals(Runtime.getRuntime().availableProcessors(), second.cores());
        assertEquals(0.0, first.cpu(), "the first sample has nothing to compare with");
        assertTrue(second.cpu() > 0 && second.cpu() <= 1, "a core was busy spinning: " + second.cpu());
        assertTrue(second.memTotalBytes() > second.memAvailableBytes() && second.memAvailableBytes() > 0);
        assertTrue(second.load1() >= 0 && second.txBitsPerSecond() >= 0 && second.rxBitsPerSecond() >= 0);
    }

    @Test
    void ratesAreTheDifferenceBetweenSamplesWithoutLoopback(@TempDir Path proc) throws Exception {
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("loadavg"), "0.50 0.40 0.30 1/100 1234\n");
        Files.writeString(proc.resolve("meminfo"), "MemTotal:       1000 kB\nMemFree:         100 kB\nMemAvailable:    400 kB\n");
        writeProc(proc, 1000, 800, 0, 0, 5000);
        ProcMachineSampler sampler = new ProcMachineSampler(proc);
        sampler.sample();
        writeProc(proc, 2000, 1300, 1_000_000, 500_000, 9_000_000);
        MachineSampler.MachineSample s = sampler.sample();
        assertEquals(0.5, s.cpu(), 1e-9, "500 of 1000 new jiffies idle");
        assertEquals(0.5, s.load1());
        assertEquals(1000 * 1024, s.memTotalBytes());
        assertEquals(400 * 1024, s.memAvailableBytes());
        assertTrue(s.txBitsPerSecond() > 0 && s.rxBitsPerSecond() > 0);
        assertTrue(s.txBitsPerSecond() > s.rxBitsPerSecond(), "eth0 sent twice what it received; lo is ignored");
    }

    private static void writeProc(Path proc, long total, long idle, long ethTx, long ethRx, long loBytes) throws Exception {
        long user = total - idle;
        Files.writeString(proc.resolve("stat"), "cpu  " + user + " 0 0 " + idle + " 0 0 0 0 0 0\ncpu0 1 0 0 1 0 0 0 0 0 0\n");
        Files.writeString(proc.resolve("net/dev"), "Inter-|   Receive\n face |bytes\n"
                + "    lo: " + loBytes + " 0 0 0 0 0 0 0 " + loBytes + " 0 0 0 0 0 0 0\n"
                + "  eth0: " + ethRx + " 0 0 0 0 0 0 0 " + ethTx + " 0 0 0 0 0 0 0\n");
    }
}
