package dev.hera.e2e.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;

/**
 * A Hera service as its build makes it: the HTTP port its {@code application.properties} sets,
 * the image each of its Dockerfiles builds, and the environment variables its packaged
 * configuration reads.
 */
record HeraService(String module, int httpPort, int managementPort, Map<String, Image> imagesByKind,
        Set<String> environmentVariables) {

    /** An image kind ({@code jvm}, {@code native}): its Dockerfile, the name it is built as, the port it exposes. */
    record Image(String dockerfile, String name, int exposedPort) {
    }

    private static final String DOCKER_DIRECTORY = "src/main/docker";
    private static final String QUARKUS_CONFIG_MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";
    /** The documented build command in each Dockerfile: {@code docker build -f <file> -t <image> <context>}. */
    private static final Pattern BUILD_COMMAND = Pattern.compile("docker build -f \\S+ -t (\\S+)");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE (\\d+)$");

    /** The modules that build an image, each with a {@code src/main/docker} directory. */
    static List<String> modules(Path root) throws IOException {
        try (Stream<Path> modules = Files.list(root)) {
            return modules.filter(module -> Files.isDirectory(module.resolve(DOCKER_DIRECTORY)))
                    .map(module -> module.getFileName().toString()).sorted().toList();
        }
    }

    /** The image kinds of a module: the suffixes of its {@code Dockerfile.<kind>} files. */
    static List<String> imageKinds(Path root, String module) throws IOException {
        try (Stream<Path> dockerfiles = Files.list(root.resolve(module).resolve(DOCKER_DIRECTORY))) {
            return dockerfiles.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("Dockerfile."))
                    .map(name -> name.substring("Dockerfile.".length())).sorted().toList();
        }
    }

    /** Reads a service from its sources and from its packaged application ({@code target/quarkus-app}). */
    static HeraService read(Path root, String module) throws IOException, ReflectiveOperationException {
        Path directory = root.resolve(module);
        Map<String, Image> images = new TreeMap<>();
        for (String kind : imageKinds(root, module)) {
            String dockerfile = DOCKER_DIRECTORY + "/Dockerfile." + kind;
            String text = Files.readString(directory.resolve(dockerfile));
            images.put(kind, new Image(dockerfile, find(BUILD_COMMAND, text, dockerfile), Integer.parseInt(find(EXPOSE, text, dockerfile))));
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        int httpPort = Integer.parseInt(properties.getProperty("quarkus.http.port"));
        // Production serves /q/* (the probes' paths) on the management port.
        int managementPort = Integer.parseInt(properties.getProperty("quarkus.management.port"));
        return new HeraService(module, httpPort, managementPort, images,
                environmentVariables(directory.resolve("target/quarkus-app")));
    }

    /**
     * The variables of properties under a name the user picks ({@code quarkus.tls."<name>".…}), which
     * Quarkus documents with the name as {@code __TLS_BUCKET_NAME__}: as patterns, any name in its place.
     */
    List<Pattern> namedVariables() {
        return environmentVariables.stream().filter(variable -> variable.matches(".*__[A-Z0-9_]+__.*"))
                .map(variable -> Pattern.compile(Pattern.quote(variable.substring(0, variable.indexOf("__")))
                        + "_[A-Z0-9_]+_" + Pattern.quote(variable.substring(variable.lastIndexOf("__") + 2))))
                .toList();
    }

    Image image(String kind) {
        Image image = imagesByKind.get(kind);
        if (image == null) {
            throw new AssertionError(module + " builds no " + kind + " image (no " + DOCKER_DIRECTORY + "/Dockerfile." + kind + ")");
        }
        return image;
    }

    /**
     * The environment variable that sets a property, by MicroProfile Config's rule: every
     * character that is not a letter or a digit becomes {@code _}, letters become upper case.
     */
    static String environmentVariable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Hera's own properties (its {@code @ConfigMapping} interfaces) and Quarkus' runtime properties, as variables. */
    private static Set<String> environmentVariables(Path packagedApp) throws IOException, ReflectiveOperationException {
        List<Path> jars = new ArrayList<>();
        for (String directory : List.of("app", "lib/main")) {
            if (!Files.isDirectory(packagedApp.resolve(directory))) {
                throw new IllegalStateException(packagedApp + " is missing: package the services first (./mvnw package)");
            }
            try (Stream<Path> files = Files.list(packagedApp.resolve(directory))) {
                files.filter(file -> file.toString().endsWith(".jar")).forEach(jars::add);
            }
        }
        Set<String> variables = new HashSet<>(quarkusRuntimeVariables(jars));
        configMappingProperties(jars).stream().map(HeraService::environmentVariable).forEach(variables::add);
        return Set.copyOf(variables);
    }

    /**
     * The properties of every {@code @ConfigMapping} interface of Hera's classes on the service's
     * class path, named by SmallRye Config itself (kebab-case, nested groups).
     */
    private static Set<String> configMappingProperties(List<Path> jars) throws IOException, ReflectiveOperationException {
        Set<String> properties = new HashSet<>();
        try (URLClassLoader classes = new URLClassLoader(urls(jars), HeraService.class.getClassLoader())) {
            for (Path jar : jars) {
                for (String className : classNames(jar, "dev/hera/")) {
                    Class<?> type = Class.forName(className, false, classes);
                    ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
                    if (mapping != null) {
                        properties.addAll(ConfigMappings.getProperties(ConfigClass.configClass(type, mapping.prefix())).keySet());
                    }
                }
            }
        }
        return properties;
    }

    /**
     * Quarkus' properties that are read at run time (a build-time property set in a container
     * does nothing), as each extension documents them in its jar.
     */
    private static Set<String> quarkusRuntimeVariables(List<Path> jars) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> variables = new HashSet<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry model = zip.getEntry(QUARKUS_CONFIG_MODEL);
                if (model == null) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(model)) {
                    for (JsonNode property : json.readTree(in).findParents("phase")) {
                        if ("RUN_TIME".equals(property.path("phase").asText())) {
                            variables.add(property.at("/path/environmentVariable").asText());
                            property.path("additionalPaths").forEach(path -> variables.add(path.path("environmentVariable").asText()));
                        }
                    }
                }
            }
        }
        return variables;
    }

    private static List<String> classNames(Path jar, String packagePrefix) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith(packagePrefix) && name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }

    private static URL[] urls(List<Path> jars) throws MalformedURLException {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        return urls;
    }

    private static String find(Pattern pattern, String text, String file) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError(file + " has no " + pattern);
        }
        return matcher.group(1);
    }
}
