package org.casework.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque cursors: the sort key of the last item of a page (a name, a time, an id), sealed with AES-GCM under the
 * server's key and bound to the list that gave it out. A cursor tells a reader nothing (no names in URLs or
 * access logs; the sort key is padded, so not even its length), and one the server did not issue, altered, or
 * issued for another list does not open: the caller gets the same 400 as for any cursor that is not ours.
 */
public final class Cursor {

    /** The first byte of every cursor, so a later format can be told apart. */
    private static final byte VERSION = 1;
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Sort keys are padded to a multiple of this, so a cursor's length does not give away a name's. */
    private static final int BLOCK = 64;
    /** Longer than any cursor we give out (a sort key of a name of 200 characters is about 1,000); not worth opening. */
    private static final int MAX_LENGTH = 4096;
    private static final byte[] CONTEXT = "casework cursor v1\n".getBytes(StandardCharsets.UTF_8);

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** @param key 32 bytes (AES-256) */
    public Cursor(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a cursor key is " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** A key made now: cursors sealed with it open only in this process. */
    public static Cursor withRandomKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new Cursor(key);
    }

    /** @param list which list the cursor is for (see {@link Paging}); only that list will open it */
    public String encode(String list, List<String> sortKey) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(list));
            byte[] sealed = cipher.doFinal(padded(serialised(sortKey)));
            ByteBuffer cursor = ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION).put(iv).put(sealed);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * @return the sort key, or an empty list when no cursor was given
     * @throws ProblemException 400 naming {@code cursor} when the cursor was not given out by this server for this
     *         list, or does not have {@code expectedParts} parts
     */
    public List<String> decode(String list, String cursor, int expectedParts) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        if (cursor.length() > MAX_LENGTH) {
            throw notOurs();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor.strip());
            if (bytes.length < 1 + IV_BYTES + TAG_BITS / 8 || bytes[0] != VERSION) {
                throw notOurs();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, IV_BYTES));
            cipher.updateAAD(associatedData(list));
            byte[] plain = cipher.doFinal(bytes, 1 + IV_BYTES, bytes.length - 1 - IV_BYTES);
            List<String> sortKey = deserialised(plain);
            if (sortKey.size() != expectedParts) {
                throw notOurs();
            }
            return sortKey;
        } catch (IllegalArgumentException | GeneralSecurityException | IOException e) {
            // not base64, not sealed by us, altered, or sealed for another list
            throw notOurs();
        }
    }

    static ProblemException notOurs() {
        return ProblemException.invalid(Problem.FieldError.query("cursor",
                "is not a cursor this list gave out; use the next link of the previous page"));
    }

    private static byte[] associatedData(String list) {
        byte[] name = list.getBytes(StandardCharsets.UTF_8);
        byte[] data = Arrays.copyOf(CONTEXT, CONTEXT.length + name.length);
        System.arraycopy(name, 0, data, CONTEXT.length, name.length);
        return data;
    }

    private static byte[] serialised(List<String> sortKey) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(sortKey.size());
            for (String part : sortKey) {
                out.writeUTF(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] padded(byte[] plain) {
        return Arrays.copyOf(plain, (plain.length / BLOCK + 1) * BLOCK);
    }

    private static List<String> deserialised(byte[] plain) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
        int parts = in.readUnsignedByte();
        List<String> sortKey = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            sortKey.add(in.readUTF());
        }
        return sortKey;
    }
}
