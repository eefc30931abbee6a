package io.streamhub.bootstrap;

import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import livekit.LivekitEgress;
import livekit.LivekitWebhook;

/** Real MP4 files made by ffmpeg standing in for egress output, and egress webhooks announcing them. */
final class TestRecordings {
    private TestRecordings() {
    }

    /** A {@code seconds}-long 320x240 H.264/AAC MP4 (test pattern and tone). */
    static Path mp4(Path file, int seconds) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Process ffmpeg = new ProcessBuilder(List.of("ffmpeg", "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-f", "lavfi", "-i", "sine=frequency=440",
                "-t", Integer.toString(seconds), "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
                "-movflags", "+faststart", file.toString())).redirectErrorStream(true).start();
        String output = new String(ffmpeg.getInputStream().readAllBytes());
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
            throw new AssertionError("ffmpeg (Debian package ffmpeg) could not make " + file + ": " + output);
        }
        return file;
    }

    /** An egress webhook as LiveKit sends it ({@code file} may be null). */
    static String egressEvent(String event, String egressId, String room, LivekitEgress.EgressStatus status, String file)
            throws IOException {
        LivekitEgress.EgressInfo.Builder egress = LivekitEgress.EgressInfo.newBuilder().setEgressId(egressId).setRoomName(room)
                .setStatus(status);
        if (file != null) {
            egress.addFileResults(LivekitEgress.FileInfo.newBuilder().setFilename(file));
        }
        if (status == LivekitEgress.EgressStatus.EGRESS_FAILED) {
            egress.setError("pipeline error");
        }
        return JsonFormat.printer().print(LivekitWebhook.WebhookEvent.newBuilder().setEvent(event)
                .setId("EV_" + System.nanoTime()).setCreatedAt(System.currentTimeMillis() / 1000).setEgressInfo(egress));
    }
}
