package dev.hera.e2e.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/**
 * A Compose file as {@code docker compose} reads it: {@code ${VAR}}, {@code ${VAR:-default}} and
 * {@code ${VAR:?error}} interpolated from given variables, YAML anchors and merge keys resolved.
 */
final class ComposeFile {

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\$|\\$\\{(\\w+)(?::?([-?])([^}]*))?}");

    private final String text;

    ComposeFile(Path file) throws IOException {
        this.text = Files.readString(file);
    }

    /** The variables the file interpolates: what an operator may or must set. */
    Set<String> variables() {
        Set<String> names = new TreeSet<>();
        Matcher matcher = INTERPOLATION.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The services, with the given variables set (an unset required one reads as empty). */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> services(Map<String, String> variables) {
        String interpolated = INTERPOLATION.matcher(text).replaceAll(match -> {
            if (match.group(1) == null) {
                return "\\$"; // $$ is a literal $
            }
            String value = variables.get(match.group(1));
            if (value == null) {
                value = "-".equals(match.group(2)) ? match.group(3) : "";
            }
            return Matcher.quoteReplacement(value);
        });
        Map<String, Object> compose = new Yaml().load(interpolated);
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    /** A service's environment, written as a map or as a list of {@code NAME=value}. */
    static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object declared = service.getOrDefault("environment", Map.of());
        if (declared instanceof Map) {
            ((Map<?, ?>) declared).forEach((name, value) -> environment.put(name.toString(), String.valueOf(value)));
        } else {
            for (Object entry : (List<?>) declared) {
                String[] pair = entry.toString().split("=", 2);
                environment.put(pair[0], pair.length == 2 ? pair[1] : null);
            }
        }
        return environment;
    }
}
