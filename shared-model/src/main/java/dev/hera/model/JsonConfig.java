package dev.hera.model;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The JSON conventions of Hera: snake_case property names, as in the reference API.
 * <p>
 * Inside Quarkus this bean customises the application's {@link ObjectMapper}; Quarkus already
 * registers the Java time module, writes dates as ISO-8601 text and ignores unknown properties.
 * Plain unit tests (and any code outside CDI) use {@link #newMapper()}, which applies the same
 * Hera convention on top of those Quarkus defaults, so both mappers agree.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        applyHeraConventions(mapper);
    }

    /**
     * A mapper configured like the Quarkus one: Java time support, ISO-8601 timestamps,
     * unknown properties ignored, snake_case names.
     */
    public static ObjectMapper newMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return applyHeraConventions(mapper);
    }

    /** The one place where Hera's own JSON conventions are set. */
    private static ObjectMapper applyHeraConventions(ObjectMapper mapper) {
        return mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }
}
