package io.streamhub.adapter.persistence.files;

import io.streamhub.application.port.out.MachineSampler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads Linux's {@code /proc}: CPU busy fraction and NIC rates from the difference between two
 * samples ({@code /proc/stat}, {@code /proc/net/dev}, loopback excluded), load and memory as they are.
 */
public final class ProcMachineSampler implements MachineSampler {
    private final Path proc;
    private long[] lastCpu;
    private long lastTx;
    private long lastRx;
    private long lastNanos;

    public ProcMachineSampler() {
        this(Path.of("/proc"));
    }

    ProcMachineSampler(Path proc) {
        this.proc = proc;
    }

    @Override
    public synchronized MachineSample sample() {
        long now = System.nanoTime();
        long[] cpu = cpuTimes();
        long[] net = netBytes();
        double busy = 0;
        long tx = 0;
        long rx = 0;
        if (lastCpu != null) {
            long total = cpu[0] - lastCpu[0];
            long idle = cpu[1] - lastCpu[1];
            busy = total > 0 ? Math.max(0, Math.min(1, 1 - (double) idle / total)) : 0;
            double seconds = Math.max(1e-3, (now - lastNanos) / 1e9);
            tx = (long) (Math.max(0, net[0] - lastTx) * 8 / seconds);
            rx = (long) (Math.max(0, net[1] - lastRx) * 8 / seconds);
        }
        lastCpu = cpu;
        lastTx = net[0];
        lastRx = net[1];
        lastNanos = now;
        String[] load = read("loadavg").trim().split("\\s+");
        return new MachineSample(Runtime.getRuntime().availableProcessors(), busy, Double.parseDouble(load[0]),
                memKb("MemTotal:") * 1024, memKb("MemAvailable:") * 1024, tx, rx);
    }

    /** [all jiffies, idle + iowait jiffies] from the aggregate {@code cpu} line. */
    private long[] cpuTimes() {
        String[] f = read("stat").lines().filter(l -> l.startsWith("cpu ")).findFirst().orElseThrow().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
        return new long[] {total, idle};
    }

    /** [transmitted, received] bytes over every interface but loopback. */
    private long[] netBytes() {
        long tx = 0;
        long rx = 0;
        List<String> lines = read("net/dev").lines().skip(2).toList();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0 || line.substring(0, colon).trim().equals("lo")) {
                continue;
            }
            String[] f = line.substring(colon + 1).trim().split("\\s+");
            rx += Long.parseLong(f[0]);
            tx += Long.parseLong(f[8]);
        }
        return new long[] {tx, rx};
    }

    private long memKb(String key) {
        return read("meminfo").lines().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> Long.parseLong(l.substring(key.length()).trim().split("\\s+")[0])).orElse(0L);
    }

    private String read(String name) {
        try {
            return Files.readString(proc.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + proc.resolve(name), e);
        }
    }
}
