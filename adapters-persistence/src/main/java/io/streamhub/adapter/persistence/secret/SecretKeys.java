package io.streamhub.adapter.persistence.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Where the secret store's AES key comes from: the configured value, else a key file generated once (0600). */
final class SecretKeys {
    private static final int KEY_BYTES = 32;

    private SecretKeys() {
    }

    static SecretKey configuredOrStored(String configuredBase64, Path keyFile) {
        if (configuredBase64 != null && !configuredBase64.isBlank()) {
            return aesKey(configuredBase64, "streamhub.secret-key");
        }
        try {
            if (Files.notExists(keyFile)) {
                generate(keyFile);
            }
            return aesKey(Files.readString(keyFile), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key file " + keyFile, e);
        }
    }

    private static void generate(Path keyFile) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(keyFile.getParent());
        FileAttribute<?>[] ownerOnly = keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Files.createFile(keyFile, ownerOnly);
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(key));
    }

    private static SecretKey aesKey(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must hold a base64-encoded 32-byte key");
        }
        return new SecretKeySpec(key, "AES");
    }
}
