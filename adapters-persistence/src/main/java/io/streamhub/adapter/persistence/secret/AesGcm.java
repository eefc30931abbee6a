package io.streamhub.adapter.persistence.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a fresh random 12-byte IV per value. The value's slot is authenticated as
 * associated data, so a ciphertext copied into another slot does not decrypt. Output: base64 of IV + ciphertext + tag.
 */
final class AesGcm {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    AesGcm(SecretKey key) {
        this.key = key;
    }

    String encrypt(String plaintext, String slot) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, slot, plaintext.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    /** @throws IllegalStateException when the value was sealed with another key or for another slot */
    String decrypt(String encoded, String slot) {
        byte[] all = Base64.getDecoder().decode(encoded);
        byte[] iv = Arrays.copyOfRange(all, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, iv, slot, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] iv, String slot, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(slot.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("secret '" + slot + "' cannot be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted with the configured key"), e);
        }
    }
}
