package dev.hera.api.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A request body that names a field twice is refused as invalid JSON (400 {@code INVALID_JSON})
 * instead of silently keeping its last value: {@code {"message":"hi","message":"bye"}} says two
 * things, and whichever one Hera kept, the sender or a proxy that read the other would be wrong.
 * The API's mapper reads only requests and what Hera itself wrote; the agent, which reads models'
 * answers, keeps the lenient default.
 */
@Singleton
public class StrictRequestJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
