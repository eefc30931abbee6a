package io.streamhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Which layer may see which: the hexagon's dependency rule. */
@AnalyzeClasses(packages = "io.streamhub", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerDependencyRules {

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdkAndItself = classes()
            .that().resideInAPackage("io.streamhub.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.streamhub.domain..", "java..", "javax.crypto..")
            .because("the domain is plain Java: rooms, apps, quotas and policies depend on nothing else"
                    + " (javax.crypto is the JDK's HMAC, used by callback signatures)");

    @ArchTest
    static final ArchRule applicationUsesOnlyTheDomain = classes()
            .that().resideInAPackage("io.streamhub.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.streamhub.application..", "io.streamhub.domain..", "java..")
            .because("use cases orchestrate the domain through ports; frameworks and SDKs stay in adapters");

    @ArchTest
    static final ArchRule inPortsAndOutPortsDoNotKnowEachOther = noClasses()
            .that().resideInAPackage("io.streamhub.application.port.out..")
            .should().dependOnClassesThat().resideInAPackage("io.streamhub.application.port.in..")
            .because("driven ports describe what the application needs, not what it offers");

    @ArchTest
    static final ArchRule portsDoNotSeeServices = noClasses()
            .that().resideInAPackage("io.streamhub.application.port..")
            .should().dependOnClassesThat().resideInAPackage("io.streamhub.application.service..")
            .because("ports are the contract; services are one implementation of it");

    @ArchTest
    static final ArchRule onlyBootstrapReferencesServices = noClasses()
            .that().resideInAPackage("io.streamhub.adapter..")
            .should().dependOnClassesThat().resideInAPackage("io.streamhub.application.service..")
            .because("adapters talk to in-ports; only bootstrap builds the services behind them");

    @ArchTest
    static final ArchRule adaptersDoNotReferenceEachOther = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("io.streamhub.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter speaks for one technology; they meet only through ports");

    @ArchTest
    static final ArchRule nothingButBootstrapReferencesBootstrap = noClasses()
            .that().resideOutsideOfPackage("io.streamhub.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("io.streamhub.bootstrap..")
            .because("bootstrap wires everything and nothing depends on the wiring");
}
