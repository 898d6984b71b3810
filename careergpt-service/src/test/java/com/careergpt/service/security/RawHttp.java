package com.careergpt.service.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests no well-behaved HTTP client would send (huge headers, a length it never sends, a chunked flood), written
 * on a socket; the answer's status line, headers and body as text.
 */
final class RawHttp {

    private RawHttp() {
    }

    static Answer send(int port, String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            }
            catch (IOException closedEarly) {
                // The server answered and closed before the whole body went out: its answer is still readable.
            }
            return new Answer(readAll(socket.getInputStream()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n") && complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        }
        catch (IOException reset) {
            // A reset after the answer: keep what arrived.
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    /** The answer is complete once its declared length (or the end of its last chunk) has arrived. */
    private static boolean complete(String text) {
        int headEnd = text.indexOf("\r\n\r\n");
        String head = text.substring(0, headEnd).toLowerCase();
        String body = text.substring(headEnd + 4);
        int at = head.indexOf("content-length:");
        if (at >= 0) {
            int end = head.indexOf("\r\n", at);
            int length = Integer.parseInt(head.substring(at + 15, end < 0 ? head.length() : end).trim());
            return body.getBytes(StandardCharsets.ISO_8859_1).length >= length;
        }
        return body.endsWith("0\r\n\r\n");
    }

    record Answer(String text) {

        int status() {
            return Integer.parseInt(text.substring(9, 12));
        }

        String head() {
            return text.substring(0, text.indexOf("\r\n\r\n")).toLowerCase();
        }

        String body() {
            return text.substring(text.indexOf("\r\n\r\n") + 4);
        }
    }
}
