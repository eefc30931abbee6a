package io.streamhub.domain.vod;

/**
 * Why a VOD failed, as stored in its {@code failure} and reported in {@code recording_failed}. Only an
 * upload failure can heal by itself (the file is kept and uploaded again once the bucket answers);
 * the others are final until an operator acts.
 */
public final class VodFailure {
    public static final String FILE_MISSING = "local recording file missing";
    public static final String FILE_UNREADABLE = "local recording file unreadable";
    public static final String OBJECT_MISSING = "object missing from bucket";
    private static final String UPLOAD_FAILED = "upload failed: ";

    private VodFailure() {
    }

    /** The upload kept failing with {@code error} (the bucket down, refusing, or not configured). */
    public static String uploadFailed(String error) {
        return UPLOAD_FAILED + error;
    }

    public static boolean isUploadFailure(String reason) {
        return reason != null && reason.startsWith(UPLOAD_FAILED);
    }
}
