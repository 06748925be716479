package dev.hera.e2e.deployment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.e2e.ServiceProcess;
import dev.hera.session.RedisRole;
import dev.hera.testing.ReadinessContract;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * {@code docker-compose.yml} and the Kustomize manifests under {@code k8s/} against the services
 * they deploy. Every manifest is a Kubernetes resource of fabric8's typed model, read as strictly
 * as the API server reads it. Each overlay, as {@code kubectl kustomize} renders it, and each
 * Compose image kind run every service with the image its Dockerfile builds, on the port it
 * listens on, probed on the health paths it answers ({@link ReadinessContract}), and set only
 * environment variables that a configuration property of that service reads and that README's
 * configuration table documents. ({@code kustomization.yaml} files are Kustomize's own
 * configuration: {@code kubectl kustomize} checks them.)
 */
class DeploymentManifestsTest {

    private static final Path ROOT = ServiceProcess.root();
    private static final Path K8S = ROOT.resolve("k8s");
    private static final Path COMPOSE_FILE = ROOT.resolve("docker-compose.yml");
    /** The Compose variable that picks the image kind (README, Deployment). */
    private static final String COMPOSE_IMAGE_KIND = "HERA_IMAGE_KIND";
    private static final String HTTP_PORT_VARIABLE = "QUARKUS_HTTP_PORT";
    private static final String MANAGEMENT_PORT_VARIABLE = "QUARKUS_MANAGEMENT_PORT";
    private static final Pattern DOCUMENTED_NAME = Pattern.compile("`([A-Z][A-Z0-9_]*[A-Z0-9])");
    private static final Pattern HEALTHCHECK_PORT = Pattern.compile("localhost[:/](\\d+)");
    private static final Pattern HEALTHCHECK_PATH = Pattern.compile("(/q/health/\\w+)");

    private static final List<HeraService> services = new ArrayList<>();

    @BeforeAll
    static void readServices() throws Exception {
        for (String module : HeraService.modules(ROOT)) {
            services.add(HeraService.read(ROOT, module));
        }
        assertFalse(services.isEmpty(), "no module builds an image");
    }

    @Test
    void everyManifestIsATypedKubernetesResource() throws IOException {
        List<Path> manifests = manifests();
        assertFalse(manifests.isEmpty(), "no manifest under " + K8S);
        for (Path manifest : manifests) {
            List<HasMetadata> resources = assertDoesNotThrow(() -> load(manifest), () -> ROOT.relativize(manifest) + " is not valid");
            assertFalse(resources.isEmpty(), manifest + " holds no resource");
        }
    }

    @ParameterizedTest
    @MethodSource("invalidManifests")
    void unknownFieldsWrongTypesAndUnknownKindsAreRefused(String yaml, String named) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> StrictKubernetesYaml.load(yaml));
        assertTrue(refused.getMessage().contains(named), refused.getMessage());
    }

    static Stream<Arguments> invalidManifests() {
        return Stream.of(
                arguments("""
                        apiVersion: v1
                        kind: ConfigMap
                        metadata: {name: x, colour: blue}
                        """, "colour"),
                arguments("""
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: x}
                        spec: {replicas: two}
                        """, "replicas"),
                arguments("""
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: x}
                        spec: {replicas: "2"}
                        """, "replicas"),
                arguments("""
                        apiVersion: v1
                        kind: ConfigMap
                        metadata: {name: x}
                        data: {FLAG: true}
                        """, "FLAG"),
                arguments("""
                        apiVersion: example.com/v1
                        kind: Widget
                        metadata: {name: x}
                        """, "Widget"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachOverlayRunsEveryServiceAsItsBuildMakesIt(String overlay) throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl is not on PATH");
        List<HasMetadata> resources = new ArrayList<>(StrictKubernetesYaml.load(kustomize(K8S.resolve("overlays").resolve(overlay))));
        // after them, for references only: the templates applied by hand (the Secret)
        for (Path manifest : manifests()) {
            resources.addAll(load(manifest));
        }
        for (HeraService service : services) {
            String where = "overlay " + overlay + ", " + service.module();
            PodTemplateSpec pod = find(resources, Deployment.class, service.module()).getSpec().getTemplate();
            Container container = pod.getSpec().getContainers().stream()
                    .filter(candidate -> candidate.getName().equals(service.module())).findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": no container named " + service.module()));
            Map<String, String> environment = environment(container, resources);
            int port = port(service, environment);
            int management = managementPort(service, environment);

            assertEquals(service.image(overlay).name(), container.getImage(), where + ": image");
            assertEquals(List.of(port, management), container.getPorts().stream().map(ContainerPort::getContainerPort).toList(),
                    where + ": container ports (HTTP, management)");
            assertProbe("startup", container.getStartupProbe(), ReadinessContract.STARTED, container, management, where);
            assertProbe("liveness", container.getLivenessProbe(), ReadinessContract.LIVE, container, management, where);
            assertProbe("readiness", container.getReadinessProbe(), ReadinessContract.READY, container, management, where);

            Service network = find(resources, Service.class, service.module());
            assertTrue(pod.getMetadata().getLabels().entrySet().containsAll(network.getSpec().getSelector().entrySet()),
                    where + ": the Service selects the pods");
            for (ServicePort servicePort : network.getSpec().getPorts()) {
                assertEquals(port, portNumber(servicePort.getTargetPort(), container), where + ": the Service's target port");
            }
            assertConfigured(service, environment.keySet(), where);
            assertHardened(pod, container, where);
            // Each service gets only its own secrets: no model key for the API, no link key for the agent.
            String foreign = service.module().equals("backend-api") ? "HERA_AGENT_MODEL_" : "HERA_API_LINKS_";
            assertEquals(List.of(), environment.keySet().stream().filter(name -> name.startsWith(foreign)).toList(),
                    where + ": variables meant for the other service");
        }
        StatefulSet redis = find(resources, StatefulSet.class, "redis");
        Container redisContainer = redis.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertHardened(redis.getSpec().getTemplate(), redisContainer, "overlay " + overlay + ", redis");
        assertRedisLockedDown(redisContainer.getArgs(), "overlay " + overlay + ", redis");
        for (RedisRole role : RedisRole.values()) {
            String module = role == RedisRole.API ? "backend-api" : "adk-agent";
            Container container = find(resources, Deployment.class, module).getSpec().getTemplate().getSpec().getContainers().get(0);
            String where = "overlay " + overlay + ", " + module;
            Map<String, EnvVar> variables = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, variable -> variable));
            assertEquals("rediss://redis:6379?user=" + role.user(), variables.get("QUARKUS_REDIS_HOSTS").getValue(), where + ": Redis address and user");
            var password = variables.get("QUARKUS_REDIS_PASSWORD").getValueFrom().getSecretKeyRef();
            assertEquals("hera-redis-users", password.getName(), where + ": Redis password's Secret");
            // Redis' own container reads each password under the same key of the same Secret.
            String passwordVariable = redisContainer.getArgs().get(redisContainer.getArgs().indexOf(role.user()) + 2)
                    .replaceAll("^>\\$\\((\\w+)\\)$", "$1");
            assertEquals(password.getKey(), redisContainer.getEnv().stream().filter(variable -> variable.getName().equals(passwordVariable))
                    .findFirst().orElseThrow(() -> new AssertionError(where + ": Redis reads no " + passwordVariable))
                    .getValueFrom().getSecretKeyRef().getKey(), where + ": the password Redis and the service share");
        }

        List<NetworkPolicy> policies = resources.stream().filter(NetworkPolicy.class::isInstance)
                .map(NetworkPolicy.class::cast).toList();
        assertTrue(policies.stream().anyMatch(policy -> isEmpty(policy.getSpec().getPodSelector().getMatchLabels())
                && isEmpty(policy.getSpec().getPodSelector().getMatchExpressions())
                && policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && isEmpty(policy.getSpec().getIngress()) && isEmpty(policy.getSpec().getEgress())),
                "overlay " + overlay + ": a default-deny NetworkPolicy (every pod, no rule)");
        NetworkPolicy toRedis = find(resources, NetworkPolicy.class, "redis");
        assertEquals(Set.of("backend-api", "adk-agent"), toRedis.getSpec().getIngress().stream()
                .flatMap(rule -> rule.getFrom().stream())
                .map(peer -> peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))
                .collect(Collectors.toSet()), "overlay " + overlay + ": who reaches Redis");
    }

    private static boolean isEmpty(Object collectionOrMap) {
        return collectionOrMap == null || (collectionOrMap instanceof Collection<?> collection && collection.isEmpty())
                || (collectionOrMap instanceof Map<?, ?> map && map.isEmpty());
    }

    /** Pod and container locked down: no service-account token, seccomp, no capabilities, read-only root, bounded scratch space. */
    private static void assertHardened(PodTemplateSpec pod, Container container, String where) {
        assertEquals(Boolean.FALSE, pod.getSpec().getAutomountServiceAccountToken(), where + ": service account token mounted");
        assertEquals("RuntimeDefault", pod.getSpec().getSecurityContext().getSeccompProfile().getType(), where + ": seccomp");
        assertEquals(Boolean.TRUE, pod.getSpec().getSecurityContext().getRunAsNonRoot(), where + ": non-root");
        assertEquals(Boolean.TRUE, container.getSecurityContext().getReadOnlyRootFilesystem(), where + ": read-only root");
        assertEquals(Boolean.FALSE, container.getSecurityContext().getAllowPrivilegeEscalation(), where + ": privilege escalation");
        assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop(), where + ": capabilities");
        for (var volume : pod.getSpec().getVolumes()) {
            if (volume.getEmptyDir() != null) {
                assertNotNull(volume.getEmptyDir().getSizeLimit(), where + ": emptyDir " + volume.getName() + " unbounded");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("imageKinds")
    void composeRunsEveryServiceAsItsBuildMakesIt(String kind) throws IOException {
        Map<String, Map<String, Object>> compose = new ComposeFile(COMPOSE_FILE).services(Map.of(COMPOSE_IMAGE_KIND, kind));
        for (HeraService service : services) {
            String where = "compose (" + kind + "), " + service.module();
            Map<String, Object> composed = compose.get(service.module());
            assertNotNull(composed, where + ": no such service");
            Map<?, ?> build = (Map<?, ?>) composed.get("build");
            HeraService.Image image = service.image(kind);
            Map<String, String> environment = ComposeFile.environment(composed);
            int port = port(service, environment);

            assertEquals(ROOT.resolve(service.module()), ROOT.resolve(build.get("context").toString()).normalize(), where + ": build context");
            assertEquals(image.dockerfile(), build.get("dockerfile"), where + ": Dockerfile");
            assertEquals(image.name(), composed.get("image"), where + ": image");
            assertEquals(port, image.exposedPort(), where + ": the port its Dockerfile exposes");
            for (Object published : (List<?>) composed.getOrDefault("ports", List.of())) {
                assertEquals(port, containerPort(published), where + ": published port " + published);
            }
            String healthcheck = String.valueOf(((Map<?, ?>) composed.get("healthcheck")).get("test"));
            assertEquals(String.valueOf(managementPort(service, environment)), group(HEALTHCHECK_PORT, healthcheck),
                    where + ": healthcheck port (management)");
            assertEquals(ReadinessContract.READY, group(HEALTHCHECK_PATH, healthcheck), where + ": healthcheck path");
            assertConfigured(service, environment.keySet(), where);
            RedisRole role = RedisRole.of(service.module()).orElseThrow();
            assertTrue(environment.get("QUARKUS_REDIS_HOSTS").startsWith("rediss://")
                    && environment.get("QUARKUS_REDIS_HOSTS").endsWith("?user=" + role.user()), where + ": Redis over TLS as " + role.user());
        }
        List<String> redisCommand = ((List<?>) compose.get("redis").get("command")).stream().map(String::valueOf).toList();
        assertRedisLockedDown(redisCommand, "compose (" + kind + "), redis");
    }

    /**
     * Redis' command line: no plain port, TLS, and each service's ACL user with exactly the rule of
     * its {@link RedisRole}; the default user may only PING.
     */
    private static void assertRedisLockedDown(List<String> args, String where) {
        assertEquals("0", args.get(args.indexOf("--port") + 1), where + ": the plain port is closed");
        assertTrue(args.contains("--tls-port"), where + ": TLS");
        Map<String, List<String>> users = new TreeMap<>();
        for (int at = 0; at < args.size(); at++) {
            if (args.get(at).equals("--user")) {
                int end = at + 1;
                while (end < args.size() && !args.get(end).startsWith("--")) {
                    end++;
                }
                users.put(args.get(at + 1), args.subList(at + 1, end));
            }
        }
        assertEquals(List.of("default", "on", "nopass", "resetkeys", "resetchannels", "-@all", "+ping"), users.get("default"),
                where + ": the default user");
        for (RedisRole role : RedisRole.values()) {
            List<String> user = users.get(role.user());
            assertNotNull(user, where + ": no user " + role.user());
            assertEquals("on", user.get(1), where + ": " + role.user() + " enabled");
            // Compose's ${…} read with nothing set is empty; Kubernetes' $(…) names a variable from a Secret.
            assertTrue(user.get(2).equals(">") || user.get(2).matches(">\\$\\(\\w+\\)"),
                    where + ": " + role.user() + "'s password from outside the file: " + user.get(2));
            assertEquals(List.of(role.aclRule().split(" ")), user.subList(3, user.size()), where + ": " + role.user() + "'s rule");
        }
    }

    @Test
    void composeAsksOnlyForVariablesTheReadmeDocuments() throws IOException {
        Set<String> undocumented = new TreeSet<>(new ComposeFile(COMPOSE_FILE).variables());
        undocumented.removeAll(readmeNames("Deployment"));
        assertEquals(Set.of(), undocumented, "variables docker-compose.yml reads that README's Deployment section does not mention");
    }

    /** Each variable is read by a configuration property of the service and documented. */
    private static void assertConfigured(HeraService service, Set<String> variables, String where) throws IOException {
        Set<String> unknown = new TreeSet<>(variables);
        unknown.removeAll(service.environmentVariables());
        unknown.removeIf(variable -> service.namedVariables().stream().anyMatch(named -> named.matcher(variable).matches()));
        assertEquals(Set.of(), unknown, where + ": variables no configuration property of " + service.module() + " reads");
        Set<String> undocumented = new TreeSet<>(variables);
        undocumented.removeAll(readmeNames("Configuration"));
        assertEquals(Set.of(), undocumented, where + ": variables missing from README's configuration table");
    }

    private static void assertProbe(String kind, Probe probe, String path, Container container, int port, String where) {
        assertNotNull(probe, where + ": no " + kind + " probe");
        assertNotNull(probe.getHttpGet(), where + ": the " + kind + " probe is no HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath(), where + ": " + kind + " probe path");
        assertEquals(port, portNumber(probe.getHttpGet().getPort(), container), where + ": " + kind + " probe port");
    }

    /** The port the service listens on: its own, unless the environment sets another. */
    private static int port(HeraService service, Map<String, String> environment) {
        return Integer.parseInt(environment.getOrDefault(HTTP_PORT_VARIABLE, String.valueOf(service.httpPort())));
    }

    /** The port {@code /q/*} is served on in production: the service's own, unless the environment sets another. */
    private static int managementPort(HeraService service, Map<String, String> environment) {
        return Integer.parseInt(environment.getOrDefault(MANAGEMENT_PORT_VARIABLE, String.valueOf(service.managementPort())));
    }

    private static int portNumber(IntOrString port, Container container) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(candidate -> port.getStrVal().equals(candidate.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no port named " + port.getStrVal()));
    }

    /** Compose's {@code [host:]published:container[/protocol]} (or a bare container port). */
    private static int containerPort(Object published) {
        String mapping = published.toString().replaceFirst("/.*", "");
        return Integer.parseInt(mapping.substring(mapping.lastIndexOf(':') + 1));
    }

    /** The variables a container gets: the ConfigMaps and Secrets it takes whole, then its own entries. */
    private static Map<String, String> environment(Container container, List<HasMetadata> resources) {
        Map<String, String> environment = new TreeMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            Map<String, String> values = source.getConfigMapRef() != null
                    ? find(resources, ConfigMap.class, source.getConfigMapRef().getName()).getData()
                    : values(find(resources, Secret.class, source.getSecretRef().getName()));
            String prefix = Objects.toString(source.getPrefix(), "");
            values.forEach((name, value) -> environment.put(prefix + name, value));
        }
        container.getEnv().forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        return environment;
    }

    private static Map<String, String> values(Secret secret) {
        Map<String, String> values = new TreeMap<>(secret.getStringData());
        secret.getData().forEach((name, value) -> values.put(name, new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
        return values;
    }

    /** The first resource of a kind and name. */
    private static <T extends HasMetadata> T find(List<HasMetadata> resources, Class<T> type, String name) {
        return resources.stream()
                .filter(type::isInstance).map(type::cast)
                .filter(resource -> name.equals(resource.getMetadata().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    /** Every Kubernetes manifest under {@code k8s/}: each YAML file but Kustomize's own. */
    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(file -> file.toString().matches(".*\\.ya?ml") && !file.endsWith("kustomization.yaml"))
                    .sorted().toList();
        }
    }

    private static List<HasMetadata> load(Path manifest) throws IOException {
        return StrictKubernetesYaml.load(Files.readString(manifest));
    }

    private static String kustomize(Path overlay) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String rendered = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize " + overlay + " did not finish");
        assertEquals(0, kubectl.exitValue(), "kubectl kustomize " + overlay + " failed (its error is above)");
        return rendered;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
    }

    /** The environment-variable-like names in backticks in one section ({@code ## <heading>...}) of README.md. */
    private static Set<String> readmeNames(String heading) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("\n## " + heading);
        assertTrue(start >= 0, "README.md has no section " + heading);
        int end = readme.indexOf("\n## ", start + 1);
        Matcher names = DOCUMENTED_NAME.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        Set<String> documented = new TreeSet<>();
        while (names.find()) {
            documented.add(names.group(1));
        }
        return documented;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            return overlays.filter(Files::isDirectory).map(overlay -> overlay.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Stream<String> imageKinds() throws IOException {
        Set<String> kinds = new TreeSet<>();
        for (String module : HeraService.modules(ROOT)) {
            kinds.addAll(HeraService.imageKinds(ROOT, module));
        }
        return kinds.stream();
    }
}
