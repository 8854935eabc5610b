package org.casework.changes;

import java.nio.ByteBuffer;
import java.util.Base64;

import org.casework.common.Params;
import org.casework.common.ProblemException;

/**
 * Where a reader of the change feed has got to: the transaction and row of the last change it was given
 * (V24__change_feed.sql says why that order is safe). Opaque to callers, but not sealed like a page cursor: a
 * position stays valid across restarts and on every instance whatever the keys, and moving it by hand reveals
 * nothing, since every change read is filtered by the caller's scope anyway.
 */
public record FeedPosition(long tx, long id) implements Comparable<FeedPosition> {

    /** Before every change. */
    static final FeedPosition START = new FeedPosition(0, 0);

    private static final String PREFIX = "c1.";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Override
    public int compareTo(FeedPosition other) {
        return tx != other.tx ? Long.compare(tx, other.tx) : Long.compare(id, other.id);
    }

    public String encode() {
        return PREFIX + ENCODER.encodeToString(ByteBuffer.allocate(16).putLong(tx).putLong(id).array());
    }

    /** The position a cursor names; none: the start. */
    public static FeedPosition decode(String parameter, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        byte[] bytes;
        try {
            bytes = cursor.startsWith(PREFIX) ? DECODER.decode(cursor.substring(PREFIX.length())) : new byte[0];
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        FeedPosition position = bytes.length == 16 ? new FeedPosition(buffer.getLong(), buffer.getLong()) : null;
        if (position == null || position.tx < 0 || position.id < 0) {
            throw notOurs(parameter);
        }
        return position;
    }

    private static ProblemException notOurs(String parameter) {
        return Params.invalid(parameter, "is not a position this feed gave out: start without it, or pass the "
                + "'next' link's value");
    }
}
