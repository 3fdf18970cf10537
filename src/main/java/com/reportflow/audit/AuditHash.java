package com.reportflow.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over a canonical encoding of every stored field, each written with its
 * length first (a null as length -1), so that no two different entries encode alike — "ab" + "c" differs from
 * "a" + "bc", and an empty text from a missing one. The previous entry's hash is one of the fields: that is the
 * chain.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "reportflow-audit-v1";

    private AuditHash() {}

    static String of(
            long id,
            long occurredAtMillis,
            String actor,
            String action,
            String target,
            String detail,
            String outcome,
            String remoteAddress,
            String previousHash) {
        Encoder encoder = new Encoder();
        encoder.text(FORMAT);
        encoder.number(id);
        encoder.number(occurredAtMillis);
        encoder.text(actor);
        encoder.text(action);
        encoder.text(target);
        encoder.text(detail);
        encoder.text(outcome);
        encoder.text(remoteAddress);
        encoder.text(previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoder.bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static final class Encoder {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void text(String value) {
            if (value == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }

        void number(long value) {
            out.writeBytes(ByteBuffer.allocate(8).putLong(value).array());
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
