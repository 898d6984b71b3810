package com.careergpt.service.llm.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** SHA-256 of a JSON value in a canonical form (object members sorted by name), so member order does not matter. */
final class InputHash {

    private InputHash() {
    }

    static String of(String... parts) {
        MessageDigest digest = sha256();
        for (String part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String canonical(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                sorted.put(member.getKey(), member.getValue());
            }
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> members = sorted.entrySet().iterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                out.append(quoted(member.getKey())).append(':');
                write(member.getValue(), out);
                if (members.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        }
        else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        }
        else {
            out.append(node.toString());
        }
    }

    private static String quoted(String name) {
        return StringNode.valueOf(name).toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JVM", ex);
        }
    }
}
