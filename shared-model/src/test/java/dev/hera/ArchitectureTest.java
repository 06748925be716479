package dev.hera;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import dev.hera.testing.Architecture;

/** shared-model's packages form no cycle; the rules themselves are shown to catch what they forbid. */
class ArchitectureTest {

    @Retention(RetentionPolicy.RUNTIME)
    @interface Endpoint {
    }

    @Endpoint
    static class Orders {
        Orders self;
        Pricing pricing;
    }

    @Endpoint
    static class Invoices {
        Orders orders;
    }

    static class Pricing {
    }

    @Test
    void thePackagesFormNoCycle() {
        JavaClasses main = Architecture.mainClasses();
        assertTrue(main.contain(dev.hera.session.SessionStore.class) && main.contain(dev.hera.work.TurnWorker.class),
                "the module's own classes are what is checked");
        Architecture.noPackageCycles().check(main);
    }

    @Test
    void aCycleBetweenTwoPackagesIsCaught() {
        JavaClasses cycle = new ClassFileImporter().importPackages("dev.hera.testing.archfixture.cycle");
        AssertionError caught = assertThrows(AssertionError.class, () -> Architecture.noPackageCycles().check(cycle));
        assertTrue(caught.getMessage().contains("Upstairs") && caught.getMessage().contains("Downstairs"), caught.getMessage());
    }

    @Test
    void aMarkedClassDependingOnAnotherIsCaughtButNotOnItselfOrAPlainOne() {
        Architecture.noDependencyBetween(Endpoint.class)
                .check(new ClassFileImporter().importClasses(Orders.class, Pricing.class));
        AssertionError caught = assertThrows(AssertionError.class, () -> Architecture.noDependencyBetween(Endpoint.class)
                .check(new ClassFileImporter().importClasses(Orders.class, Invoices.class, Pricing.class)));
        assertTrue(caught.getMessage().contains("Invoices.orders"), caught.getMessage());
    }
}
