package dev.hera.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made with the JDK's
 * {@code keytool} and written as PEM files, for a {@code redis-server} that speaks TLS: the server
 * presents it, and the services trust it as their Redis CA.
 */
public final class RedisTls {

    private final Path certificate;
    private final Path key;

    private RedisTls(Path certificate, Path key) {
        this.certificate = certificate;
        this.key = key;
    }

    public static RedisTls generate() {
        try {
            Path dir = Files.createTempDirectory("hera-redis-tls-");
            Path store = dir.resolve("redis.p12");
            char[] password = "changeit".toCharArray();
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "redis", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-ext", "bc:c",
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(password))
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            Certificate certificate = keys.getCertificate("redis");
            Key key = keys.getKey("redis", password);
            Path certificateFile = Files.writeString(dir.resolve("redis.crt"), pem("CERTIFICATE", certificate.getEncoded()));
            Path keyFile = Files.writeString(dir.resolve("redis.key"), pem("PRIVATE KEY", key.getEncoded()));
            return new RedisTls(certificateFile, keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate (PEM), which clients trust as the CA of Redis. */
    public Path certificate() {
        return certificate;
    }

    /** The arguments of a {@code redis-server} that also accepts TLS on {@code tlsPort}, with no client certificates. */
    public List<String> serverArgs(int tlsPort) {
        return List.of("--tls-port", String.valueOf(tlsPort),
                "--tls-cert-file", certificate.toString(),
                "--tls-key-file", key.toString(),
                "--tls-ca-cert-file", certificate.toString(),
                "--tls-auth-clients", "no");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
