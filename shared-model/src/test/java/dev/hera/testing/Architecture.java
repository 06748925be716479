package dev.hera.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.annotation.Annotation;
import java.nio.file.Path;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The architecture rules every module's {@code ArchitectureTest} holds its main classes to. */
public final class Architecture {

    private Architecture() {
    }

    /** The module's own main classes, as compiled (the test runs in the module's directory). */
    public static JavaClasses mainClasses() {
        return new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    /** No cycle between packages: each package under {@code dev.hera} is a slice of its own. */
    public static ArchRule noPackageCycles() {
        return slices().matching("dev.hera.(**)").should().beFreeOfCycles();
    }

    /**
     * Classes carrying the marker (e.g. {@code @Path}, a resource) use services, never another class
     * carrying it: what two resources share belongs in a service both use.
     */
    public static ArchRule noDependencyBetween(Class<? extends Annotation> marker) {
        String name = "@" + marker.getSimpleName();
        DescribedPredicate<JavaClass> marked = DescribedPredicate.describe(name + " classes",
                javaClass -> javaClass.isAnnotatedWith(marker));
        return classes().that(marked).should(new ArchCondition<>("not depend on another " + name + " class") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (!target.equals(item) && !target.getBaseComponentType().equals(item)
                            && target.isAnnotatedWith(marker)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        });
    }
}
