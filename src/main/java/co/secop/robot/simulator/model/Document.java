package co.secop.robot.simulator.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An attached document: file name, the exact bytes received and their SHA-256 (lowercase hex). */
public record Document(String name, byte[] content, String sha256) {

    public Document {
        content = content.clone();
    }

    public static Document of(String name, byte[] content) {
        return new Document(name, content, sha256Hex(content));
    }

    public long size() {
        return content.length;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public static String sha256Hex(byte[] data) {
        return digestHex("SHA-256", data);
    }

    public static String sha384Hex(String text) {
        return digestHex("SHA-384", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String digestHex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " no disponible", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && d.name.equals(name) && d.sha256.equals(sha256);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + sha256.hashCode();
    }

    @Override
    public String toString() {
        return "Document[" + name + ", " + content.length + " bytes, sha256=" + sha256 + "]";
    }
}
