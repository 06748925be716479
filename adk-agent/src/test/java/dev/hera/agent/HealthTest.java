package dev.hera.agent;

import dev.hera.testing.ReadinessContract;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(RedisServerResource.class)
class HealthTest extends ReadinessContract {
}
