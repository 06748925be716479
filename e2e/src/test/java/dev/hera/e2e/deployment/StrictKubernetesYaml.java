package dev.hera.e2e.deployment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Kubernetes YAML read into fabric8's typed model as strictly as the API server reads it: an
 * unknown field, a value of the wrong type or a kind the model does not know fails the read.
 */
final class StrictKubernetesYaml {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization(strictMapper(), true) {
        @Override
        protected void configureMapper(ObjectMapper mapper) {
            super.configureMapper(mapper);
            // fabric8 reads any text as an integer, as Go's YAML tools do; the API server wants a number
            mapper.registerModule(new SimpleModule().addDeserializer(Integer.class, new NumberDeserializers.IntegerDeserializer(Integer.class, null)));
        }
    };

    private StrictKubernetesYaml() {
    }

    /** Every resource of a (multi-document) YAML text. */
    static List<HasMetadata> load(String yaml) {
        Object loaded = SERIALIZATION.unmarshal(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        if (loaded == null) {
            return List.of();
        }
        List<?> resources = loaded instanceof List ? (List<?>) loaded : List.of(loaded);
        return resources.stream().map(StrictKubernetesYaml::typed).toList();
    }

    private static HasMetadata typed(Object resource) {
        // fabric8 reads a kind it has no class for as a generic resource, which accepts anything
        if (!(resource instanceof HasMetadata) || resource instanceof GenericKubernetesResource) {
            throw new IllegalArgumentException("not a resource of the Kubernetes model: " + resource);
        }
        return (HasMetadata) resource;
    }

    private static ObjectMapper strictMapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // "2" is no number and true is no string to the API server
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, textual -> textual
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    // Every fabric8 model class keeps unknown fields in an @JsonAnySetter map;
                    // without it an unknown field is an error.
                    @Override
                    public Boolean hasAnySetter(Annotated member) {
                        return false;
                    }
                })
                .build();
    }
}
