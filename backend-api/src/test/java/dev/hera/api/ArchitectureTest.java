package dev.hera.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import dev.hera.api.interview.InterviewResource;
import dev.hera.api.turn.TurnResource;
import dev.hera.testing.Architecture;

/**
 * backend-api's packages form no cycle, and resources stay thin: a resource uses services, never
 * another resource (the rules are shown to catch both in shared-model's ArchitectureTest).
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = Architecture.mainClasses();

    @Test
    void thePackagesFormNoCycle() {
        assertTrue(MAIN.contain(TurnResource.class), "the module's own classes are what is checked");
        Architecture.noPackageCycles().check(MAIN);
    }

    @Test
    void noResourceDependsOnAnother() {
        assertTrue(MAIN.get(InterviewResource.class).isAnnotatedWith(Path.class));
        Architecture.noDependencyBetween(Path.class).check(MAIN);
    }
}
