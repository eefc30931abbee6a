package io.streamhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Names say what a type is for. */
@AnalyzeClasses(packages = "io.streamhub", importOptions = ImportOption.DoNotIncludeTests.class)
class NamingRules {

    @ArchTest
    static final ArchRule inPortTypesNameTheirRole = classes()
            .that().resideInAPackage("io.streamhub.application.port.in..")
            .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("UseCase").orShould().haveSimpleNameEndingWith("UseCases")
            .orShould().haveSimpleNameEndingWith("Command").orShould().haveSimpleNameEndingWith("Query")
            .orShould().haveSimpleNameEndingWith("View")
            .because("driving ports are use cases and the commands, queries and views they exchange");

    @ArchTest
    static final ArchRule servicesLiveInTheServicePackage = classes()
            .that().areTopLevelClasses().and().haveSimpleNameEndingWith("Service")
            .should().resideInAPackage("io.streamhub.application.service..")
            .because("a …Service is a use-case implementation");

    @ArchTest
    static final ArchRule controllersLiveInTheWebAdapter = classes()
            .that().haveSimpleNameEndingWith("Controller")
            .should().resideInAPackage("io.streamhub.adapter.web..")
            .because("HTTP entry points belong to the web adapter");
}
