package org.throughline.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals content for storage with AES-256-GCM: a random 96-bit nonce per value, and the record's
 * table, id and column as associated data, so a value copied to another row or column does not
 * open. A stored value reads {@code keyId:base64(nonce + ciphertext + tag)}.
 */
@ApplicationScoped
public class ContentCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private ContentKeys keys;

    /** A cipher over these keys, for tools that write sealed records outside the server (the data generator). */
    public static ContentCipher over(ContentKeys keys) {
        ContentCipher cipher = new ContentCipher();
        cipher.keys = keys;
        return cipher;
    }

    /** The stored form of {@code text} in that column of record {@code id}; null stays null. */
    public String seal(SealedColumn column, long id, String text) {
        return sealWith(keys.currentId(), keys.current(), column, id, text);
    }

    /** The text of a stored value of that column of record {@code id}. */
    public String open(SealedColumn column, long id, String stored) {
        return open(column.table(), id, column.column(), stored);
    }

    private static String sealWith(String keyId, SecretKey key, SealedColumn column, long id, String text) {
        if (text == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(column.table(), id, column.column()));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out =
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
            return keyId + ":" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    /** The text of a stored value; refuses a value that was changed or belongs to another place. */
    String open(String table, long id, String column, String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        SecretKey key = colon > 0 ? keys.byId(stored.substring(0, colon)) : null;
        if (key == null) {
            throw new IllegalStateException("No configured key opens " + table + "." + column + " of record " + id);
        }
        try {
            byte[] raw = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(table, id, column));
            return new String(cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Stored value of " + table + "." + column + " of record " + id
                    + " does not open: changed, or copied from another record");
        }
    }

    private static byte[] associatedData(String table, long id, String column) {
        return (table + "/" + id + "/" + column).getBytes(StandardCharsets.UTF_8);
    }
}
