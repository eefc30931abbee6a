package io.streamhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** SDK and framework types stay inside the adapter that owns them. */
@AnalyzeClasses(packages = "io.streamhub", importOptions = ImportOption.DoNotIncludeTests.class)
class FrameworkIsolationRules {

    @ArchTest
    static final ArchRule liveKitSdkOnlyInTheLiveKitAdapter = noClasses()
            .that().resideOutsideOfPackage("io.streamhub.adapter.livekit..")
            .should().dependOnClassesThat().resideInAnyPackage("io.livekit..", "livekit..")
            .because("LiveKit's SDK is an anti-corruption boundary: ports speak StreamHub's language");

    @ArchTest
    static final ArchRule jdbcOnlyInPersistence = noClasses()
            .that().resideOutsideOfPackage("io.streamhub.adapter.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..", "org.flywaydb..", "org.sqlite..")
            .because("storage technology is the persistence adapter's business");

    @ArchTest
    static final ArchRule httpOnlyInTheWebAdapter = noClasses()
            .that().resideInAnyPackage("io.streamhub.adapter.persistence..", "io.streamhub.adapter.livekit..", "io.streamhub.adapter.cdn..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http.annotation..", "io.micronaut.http.server..", "io.micronaut.security..")
            .because("serving HTTP and authenticating callers is the web adapter's business");

    @ArchTest
    static final ArchRule micrometerOnlyInTheMetricsAdapter = noClasses()
            .that().resideOutsideOfPackage("io.streamhub.adapter.web.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "io.prometheus..", "io.micronaut.configuration.metrics..")
            .because("the core counts through the ControlPlaneMetrics port; one adapter package owns the exporter");

    @ArchTest
    static final ArchRule awsSdkOnlyInAdapters = noClasses()
            .that().resideInAnyPackage("io.streamhub.domain..", "io.streamhub.application..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..")
            .because("cloud SDKs are adapters");

    @ArchTest
    static final ArchRule awsSdkOnlyInTheObjectStoreAndTheCdnAdapter = noClasses()
            .that().resideOutsideOfPackages("io.streamhub.adapter.persistence.objectstore..", "io.streamhub.adapter.cdn..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..")
            .because("the S3 SDK is the object store's business (the ObjectStorage port speaks keys, files and URLs)"
                    + " and the CloudFront SDK the CDN adapter's (the CdnProvider port speaks paths and URLs, ADR 012)");

    @ArchTest
    static final ArchRule cdnAdapterSeesOnlyTheCoreItsSdksAndInjection = classes()
            .that().resideInAPackage("io.streamhub.adapter.cdn..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.streamhub.adapter.cdn..", "io.streamhub.application..",
                    "io.streamhub.domain..", "java..", "javax.crypto..", "software.amazon.awssdk..", "jakarta.inject..",
                    "jakarta.annotation..", "io.micronaut.context..", "io.micronaut.core..", "io.micronaut.inject..")
            .because("CDN providers depend on the application and domain, the JDK's HTTP client and the AWS SDK only"
                    + " (Micronaut for bean definitions)");
}
