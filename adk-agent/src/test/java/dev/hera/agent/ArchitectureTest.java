package dev.hera.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import dev.hera.agent.work.AgentWorkLoop;
import dev.hera.testing.Architecture;

/** adk-agent's packages form no cycle (the rule is shown to catch one in shared-model's ArchitectureTest). */
class ArchitectureTest {

    @Test
    void thePackagesFormNoCycle() {
        JavaClasses main = Architecture.mainClasses();
        assertTrue(main.contain(AgentWorkLoop.class), "the module's own classes are what is checked");
        Architecture.noPackageCycles().check(main);
    }
}
