package org.newsdesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * The layout of a journal file: two slots used in turn, each a header (magic, sequence number,
 * kind, length, CRC) and a payload, so a write cut short leaves the other slot readable.
 */
final class JournalSlots {

    static final int MAGIC = 0x4e444a31; // "NDJ1"
    static final int HEADER = 4 + 8 + 1 + 4 + 8;

    private JournalSlots() {
    }

    /** The slot with the highest sequence number that reads back whole, or null. */
    static Slot newest(FileChannel ch) throws IOException {
        long slot = ch.size() / 2;
        Slot best = null;
        for (int i = 0; i < 2; i++) {
            Slot s = readSlot(ch, i * slot, slot);
            if (s != null && (best == null || s.seq() > best.seq())) {
                best = s;
            }
        }
        return best;
    }

    record Slot(long seq, byte kind, byte[] payload) {
    }

    static Slot readSlot(FileChannel ch, long at, long size) throws IOException {
        if (size < HEADER) {
            return null;
        }
        ByteBuffer head = ByteBuffer.allocate(HEADER);
        if (ch.read(head, at) < HEADER) {
            return null;
        }
        head.flip();
        if (head.getInt() != MAGIC) {
            return null;
        }
        long seq = head.getLong();
        byte kind = head.get();
        int length = head.getInt();
        long crc = head.getLong();
        if (length < 0 || length > size - HEADER) {
            return null;
        }
        ByteBuffer body = ByteBuffer.allocate(length);
        while (body.hasRemaining() && ch.read(body, at + HEADER + body.position()) > 0) {
            // read on
        }
        if (body.hasRemaining()) {
            return null;
        }
        byte[] payload = body.array();
        CRC32 check = new CRC32();
        check.update(kind);
        check.update(payload);
        return check.getValue() == crc ? new Slot(seq, kind, payload) : null;
    }

    /**
     * A file with room for {@code needed} and the headroom in each slot, written whole (zeros
     * reserve the space) next to the old one and moved over it, so a failure leaves the old file.
     */
    static void grow(Path f, long seq, byte kind, byte[] payload, long needed, int headroom)
            throws IOException {
        long slot = Math.max(2 * needed, needed + headroom);
        Path tmp = f.resolveSibling(f.getFileName() + ".new");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
            for (long at = 0; at < 2 * slot; at += zeros.capacity()) {
                zeros.clear();
                zeros.limit((int) Math.min(zeros.capacity(), 2 * slot - at));
                ch.write(zeros, at);
            }
            ch.write(slotBytes(seq, kind, payload), (seq % 2) * slot);
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel dir = FileChannel.open(f.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // not every system lets a folder be forced; the rename is still in place
        }
    }

    static ByteBuffer slotBytes(long seq, byte kind, byte[] payload) {
        CRC32 check = new CRC32();
        check.update(kind);
        check.update(payload);
        ByteBuffer b = ByteBuffer.allocate(HEADER + payload.length);
        b.putInt(MAGIC).putLong(seq).put(kind).putInt(payload.length).putLong(check.getValue()).put(payload);
        b.flip();
        return b;
    }
}
