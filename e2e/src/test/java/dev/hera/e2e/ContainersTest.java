package dev.hera.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static dev.hera.e2e.Commands.docker;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.hera.testing.FreePorts;

/**
 * Both services as the container images their build makes ({@code -Dquarkus.container-image.build=true},
 * on the base image {@code bin/test} builds from Debian's packages), run as a container engine runs
 * them in production: host networking (the only kind here), a read-only root filesystem with a
 * tmpfs for {@code /tmp}, Redis in a container of its own, images in a mounted directory. bin/test
 * turns it on ({@code -De2e.containers=true}) after it has an engine and the base image.
 */
@EnabledIfSystemProperty(named = "e2e.containers", matches = "true")
class ContainersTest {

    private static final List<String> IMAGES = List.of("hera/backend-api:jvm", "hera/adk-agent:jvm");
    private static final Duration HEALTHY = Duration.ofSeconds(120);

    static final List<String> containers = new ArrayList<>();
    static Path images;
    static HeraApi hera;

    @BeforeAll
    static void start() throws IOException {
        String run = "hera-test-" + UUID.randomUUID().toString().substring(0, 8);
        images = Files.createTempDirectory("hera-containers-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(images, PosixFilePermissions.fromString("rwxrwxrwx"));
        int redis = FreePorts.next();
        int api = FreePorts.next();
        containers.add(docker("run", "-d", "--name", run + "-redis", "--network", "host", "--read-only",
                System.getProperty("e2e.base-image", "hera/base:bookworm"),
                "redis-server", "--port", String.valueOf(redis), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"));
        List<String> common = List.of("--network", "host", "--read-only", "--tmpfs", "/tmp",
                "-v", images + ":/images", "-e", "QUARKUS_REDIS_HOSTS=redis://127.0.0.1:" + redis,
                "-e", "HERA_IMAGES_LOCAL_DIRECTORY=/images");
        containers.add(service(run + "-agent", common, FreePorts.next(), "hera/adk-agent:jvm"));
        containers.add(service(run + "-api", common, api, "hera/backend-api:jvm"));
        for (String container : containers.subList(1, containers.size())) {
            awaitHealthy(container);
        }
        hera = new HeraApi("http://127.0.0.1:" + api);
    }

    @AfterAll
    static void stop() throws IOException {
        for (String container : containers) {
            docker("rm", "-f", "-v", container);
        }
        if (images != null) {
            try (Stream<Path> files = Files.walk(images)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    void theImagesRunAsNonRootOnAReadOnlyRootWithAWorkingHealthCheck() {
        for (String image : IMAGES) {
            String user = docker("image", "inspect", "--format", "{{.Config.User}}", image);
            assertNotEquals("", user, image + " names a user");
            assertNotEquals("0", user, image + " runs as root");
            assertNotEquals("root", user, image + " runs as root");
        }
        for (String container : containers.subList(1, containers.size())) {
            assertEquals("true", docker("inspect", "--format", "{{.HostConfig.ReadonlyRootfs}}", container));
            assertEquals("healthy", docker("inspect", "--format", "{{.State.Health.Status}}", container),
                    container + ": the image's own HEALTHCHECK");
        }
    }

    @Test
    void aJourneyThroughTheContainersStoresThePicturesAndForgetsThem() throws IOException {
        String id = hera.interviewedSession();
        hera.request().contentType("multipart/form-data").multiPart("file", "me.jpg", HeraApi.photo(), "image/jpeg")
                .post(HeraApi.path(id) + "/photos/user").then().statusCode(200);
        String portrait = hera.request().body(Map.of("target", "partner")).post(HeraApi.path(id) + "/generate-image")
                .then().statusCode(200).body("meta.target", equalTo("partner")).extract().path("image_url");
        hera.plain().get(portrait).then().statusCode(200).contentType("image/png");
        hera.request().body("").post(HeraApi.path(id) + "/generate-child-image").then().statusCode(200);
        assertTrue(stored(id).containsAll(List.of("user.jpg", "partner.png")), "written by both containers: " + stored(id));

        hera.request().delete(HeraApi.path(id)).then().statusCode(200);
        assertEquals(List.of(), stored(id), "forgotten");
    }

    private static List<String> stored(String sessionId) throws IOException {
        try (Stream<Path> files = Files.walk(images)) {
            return files.filter(Files::isRegularFile).filter(file -> file.toString().contains(sessionId))
                    .map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String service(String name, List<String> common, int port, String image) {
        List<String> command = new ArrayList<>(List.of("run", "-d", "--name", name));
        command.addAll(common);
        command.addAll(List.of("-e", "QUARKUS_HTTP_PORT=" + port, "-e", "QUARKUS_MANAGEMENT_PORT=" + FreePorts.next(), image));
        return docker(command.toArray(String[]::new));
    }

    private static void awaitHealthy(String container) {
        Eventually.await(container + " healthy", HEALTHY,
                () -> docker("inspect", "--format", "{{.State.Health.Status}}", container),
                status -> {
                    if (!docker("inspect", "--format", "{{.State.Running}}", container).equals("true")) {
                        throw new AssertionError(container + " stopped:\n" + docker("logs", "--tail", "40", container));
                    }
                    return status.equals("healthy");
                });
    }
}
