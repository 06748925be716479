package dev.hera.agent;

import dev.hera.testing.ReadinessContract;
import dev.hera.testing.RedisServerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RedisServerResource.class)
class HealthTest extends ReadinessContract {
}
