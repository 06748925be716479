package dev.hera.api.health;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The reference's {@code GET /api/health}, kept for existing clients. It says the process is up;
 * operators use {@code /q/health/live} and {@code /q/health/ready}, which also check Redis.
 */
@Path("/api/health")
public class HealthResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> health() {
        return Map.of("status", "ok");
    }
}
