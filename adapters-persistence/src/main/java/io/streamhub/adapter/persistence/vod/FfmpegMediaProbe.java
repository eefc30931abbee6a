package io.streamhub.adapter.persistence.vod;

import io.micronaut.context.annotation.Value;
import io.streamhub.application.port.out.MediaProbe;
import io.streamhub.domain.vod.VodMedia;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@link MediaProbe} with the ffprobe and ffmpeg command-line tools (Debian package {@code ffmpeg}). */
@Singleton
public class FfmpegMediaProbe implements MediaProbe {
    private static final long TIMEOUT_SECONDS = 120;

    private final String ffprobe;
    private final String ffmpeg;

    @Inject
    public FfmpegMediaProbe(@Value("${streamhub.recording.ffprobe:ffprobe}") String ffprobe,
                            @Value("${streamhub.recording.ffmpeg:ffmpeg}") String ffmpeg) {
        this.ffprobe = ffprobe;
        this.ffmpeg = ffmpeg;
    }

    @Override
    public VodMedia probe(Path video) {
        Result result = run(List.of(ffprobe, "-v", "error", "-show_entries",
                "format=duration,format_name:stream=codec_type,width,height", "-of", "default=noprint_wrappers=1",
                video.toString()));
        if (result.exit() != 0) {
            throw new UnreadableMedia("ffprobe: " + firstLine(result.output()));
        }
        Map<String, String> values = new HashMap<>();
        for (String line : result.output().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                // the first value wins: the first (video) stream's size
                values.putIfAbsent(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        double duration = number(values.get("duration"));
        if (Double.isNaN(duration) || duration <= 0) {
            throw new UnreadableMedia("ffprobe found no duration: not a finished recording");
        }
        int width = (int) Math.max(0, number(values.get("width")));
        int height = (int) Math.max(0, number(values.get("height")));
        return new VodMedia(duration, width, height, format(video, values.getOrDefault("format_name", "")));
    }

    @Override
    public boolean snapshot(Path video, Path jpeg) {
        for (String at : List.of("1", "0")) {
            Result result = run(List.of(ffmpeg, "-v", "error", "-y", "-ss", at, "-i", video.toString(), "-frames:v", "1",
                    "-q:v", "3", jpeg.toString()));
            try {
                if (result.exit() == 0 && Files.isRegularFile(jpeg) && Files.size(jpeg) > 0) {
                    return true;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private static String format(Path video, String formatName) {
        String name = video.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        List<String> names = List.of(formatName.split(","));
        return names.contains(extension) ? extension : names.get(0);
    }

    private static double number(String value) {
        try {
            return value == null ? Double.NaN : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + " (install the Debian package ffmpeg)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
