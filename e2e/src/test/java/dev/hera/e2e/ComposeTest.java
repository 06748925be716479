package dev.hera.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static dev.hera.e2e.Commands.docker;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.hera.e2e.compose.S3StoreMain;
import dev.hera.testing.FreePorts;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code docker-compose.yml} run for real: Redis, the S3 store and both service images, with the
 * host-network override this machine needs ({@code e2e/src/test/resources/compose/host-network.yml}),
 * a journey through the API, the pictures checked in the S3 store and gone after deletion, and
 * everything taken down ({@code down -v}: containers, volumes) even when the journey fails.
 */
@EnabledIfSystemProperty(named = "e2e.containers", matches = "true")
class ComposeTest {

    private static final String BUCKET = "hera-images";
    private static final Duration UP = Duration.ofSeconds(180);

    static final Map<String, String> environment = new HashMap<>();
    static final String project = "hera-test-" + UUID.randomUUID().toString().substring(0, 8);
    static int s3Port;

    @BeforeAll
    static void up() throws IOException {
        Path root = ServiceProcess.root();
        Path args = root.resolve("e2e/target/compose-s3.args");
        Files.writeString(args, "-cp " + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                + "\n" + S3StoreMain.class.getName() + "\n");
        s3Port = FreePorts.next();
        // Redis' certificate as a user makes it (README, Deployment), in a directory of this run.
        Path tls = Files.createTempDirectory("hera-compose-tls-");
        Commands.run(List.of(root.resolve("bin/redis-tls").toString(), tls.toString()), Map.of());
        environment.putAll(Map.of(
                "HERA_BASE_IMAGE", System.getProperty("e2e.base-image", "hera/base:bookworm"),
                "HERA_ROOT", root.toString(),
                "HERA_MAVEN_REPOSITORY", Path.of(System.getProperty("user.home"), ".m2", "repository").toString(),
                "HERA_S3_ARGS", args.toString(),
                "HERA_S3_PORT", String.valueOf(s3Port),
                "HERA_REDIS_PORT", String.valueOf(FreePorts.next()),
                "HERA_REDIS_BIND", "127.0.0.1",
                "HERA_REDIS_HOST", "localhost",
                "HERA_REDIS_TLS_DIR", tls.toString()));
        environment.putAll(Map.of(
                "S3_ACCESS_KEY", "compose-" + UUID.randomUUID().toString().substring(0, 8),
                "S3_SECRET_KEY", UUID.randomUUID().toString(),
                "REDIS_API_PASSWORD", UUID.randomUUID().toString(),
                "REDIS_AGENT_PASSWORD", UUID.randomUUID().toString(),
                "HERA_API_PORT", String.valueOf(FreePorts.next()),
                "HERA_API_MANAGEMENT_PORT", String.valueOf(FreePorts.next()),
                "HERA_AGENT_PORT", String.valueOf(FreePorts.next()),
                "HERA_AGENT_MANAGEMENT_PORT", String.valueOf(FreePorts.next())));
        compose("up", "-d", "--no-build");
        for (String service : List.of("redis", "s3", "adk-agent", "backend-api")) {
            String container = project + "_" + service + "_1";
            Eventually.await(container + " healthy", UP,
                    () -> docker("inspect", "--format", "{{.State.Health.Status}} {{.State.Running}}", container),
                    state -> {
                        if (state.endsWith("false")) {
                            throw new AssertionError(container + " stopped:\n" + docker("logs", "--tail", "40", container));
                        }
                        return state.startsWith("healthy");
                    });
        }
    }

    @AfterAll
    static void down() {
        compose("down", "-v", "--remove-orphans");
    }

    @Test
    void aJourneyThroughComposeKeepsThePicturesInS3UntilTheSessionIsDeleted() throws IOException {
        HeraApi hera = new HeraApi("http://127.0.0.1:" + environment.get("HERA_API_PORT"));
        String id = hera.interviewedSession();
        hera.request().contentType("multipart/form-data").multiPart("file", "me.jpg", HeraApi.photo(), "image/jpeg")
                .post(HeraApi.path(id) + "/photos/user").then().statusCode(200);
        hera.request().body(Map.of("target", "partner")).post(HeraApi.path(id) + "/generate-image").then().statusCode(200);
        hera.request().body("").post(HeraApi.path(id) + "/generate-child-image").then().statusCode(200);
        hera.request().body("").post(HeraApi.path(id) + "/complete").then().statusCode(200).body("family_ready", equalTo(true));
        for (String message : List.of("今度の週末、みんなでどこか行かない？", "沖縄に行きたいな。", "海で泳いだり、水族館に行ったりしたい！")) {
            hera.request().body(Map.of("message", message)).post(HeraApi.path(id) + "/family/messages").then().statusCode(200);
        }
        hera.request().body(Map.of("message", "いいね、それで決まり！")).post(HeraApi.path(id) + "/family/messages")
                .then().statusCode(200).body("conversation_complete", equalTo(true));
        try (S3Client s3 = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + s3Port))
                .region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        environment.get("S3_ACCESS_KEY"), environment.get("S3_SECRET_KEY"))))
                .build()) {
            List<String> stored = s3.listObjectsV2(request -> request.bucket(BUCKET).prefix("sessions/" + id + "/"))
                    .contents().stream().map(S3Object::key).toList();
            assertTrue(stored.stream().anyMatch(key -> key.endsWith("user.jpg")), "the photo in S3: " + stored);
            assertTrue(stored.stream().anyMatch(key -> key.endsWith("partner.png")), "the partner's portrait in S3: " + stored);
            assertTrue(stored.stream().anyMatch(key -> key.contains("child_")), "the children's portraits in S3: " + stored);

            hera.request().delete(HeraApi.path(id)).then().statusCode(200);
            assertEquals(List.of(), s3.listObjectsV2(request -> request.bucket(BUCKET).prefix("sessions/" + id + "/"))
                    .contents(), "nothing left in S3 after the deletion");
        }
        assertFalse(compose("ps", "-q").isBlank(), "the containers ran under Compose");
        assertEquals("true", docker("inspect", "--format", "{{.HostConfig.ReadonlyRootfs}}", project + "_backend-api_1"));
        // Redis speaks only TLS: a plain-text PING on its port gets no PONG.
        try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(environment.get("HERA_REDIS_PORT")))) {
            plain.setSoTimeout(5_000);
            plain.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] answer = new byte[7];
            int read = plain.getInputStream().read(answer);
            assertFalse(read > 0 && new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG"), "Redis answered plain text");
        } catch (SocketException closed) {
            // the TLS server closed the connection: not plain text either
        }
    }

    /** Runs docker-compose on the two files for this project; its trimmed output. */
    static String compose(String... arguments) {
        Path root = ServiceProcess.root();
        List<String> command = new ArrayList<>(List.of("docker-compose", "-f", root.resolve("docker-compose.yml").toString(),
                "-f", root.resolve("e2e/src/test/resources/compose/host-network.yml").toString(),
                "--project-directory", root.toString(), "-p", project));
        command.addAll(List.of(arguments));
        return Commands.run(command, environment);
    }
}
