package dev.hera.api.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests ordinary clients refuse to send or quietly "fix": a
 * path exactly as written (broken %-escapes included), no default headers at all, arbitrary body
 * bytes, and a Content-Length declared without sending the body.
 */
public final class RawHttp {

    /** A response: status, headers (names lower-cased) and body. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A request to send. */
    public record Request(String method, String path, Map<String, String> headers, byte[] body,
            boolean declareBodyOnly) {

        public static Request of(String method, String path) {
            return new Request(method, path, Map.of(), new byte[0], false);
        }

        public Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Request(method, path, more, body, declareBodyOnly);
        }

        public Request body(byte[] bytes) {
            return new Request(method, path, headers, bytes, declareBodyOnly);
        }

        public Request body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        /** Sends {@code Content-Length: length} and stops before the body, like a client waiting for an early answer. */
        public Request declaredLengthOnly(long length) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put("Content-Length", Long.toString(length));
            return new Request(method, path, more, new byte[0], true);
        }
    }

    private RawHttp() {
    }

    public static Answer send(URI base, Request request) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.path())
                    .append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append(':').append(base.getPort())
                    .append("\r\nConnection: close\r\n");
            request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (!request.declareBodyOnly() && (request.body().length > 0 || !"GET".equals(request.method()))) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (!request.declareBodyOnly()) {
                out.write(request.body());
            }
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart/form-data body with one file part; returns the body, the boundary goes in {@link #multipartType}. */
    public static byte[] multipart(String partName, String fileName, String partType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + partType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** The Content-Type that goes with {@link #multipart}. */
    public static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private static final String BOUNDARY = "hera-test-boundary-7f3a";

    private static Answer parse(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw new IOException("no complete HTTP answer: " + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < chunked.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, pos, chunked.length), new byte[] { '\r', '\n' });
            int size = Integer.parseInt(new String(chunked, pos, lineEnd, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            pos += lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(chunked, pos, size);
            pos += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
