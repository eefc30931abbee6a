package io.streamhub.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Domain concepts may lean on each other, but never in a circle. */
@AnalyzeClasses(packages = "io.streamhub", importOptions = ImportOption.DoNotIncludeTests.class)
class CycleRules {

    @ArchTest
    static final ArchRule domainSlicesAreFreeOfCycles = slices()
            .matching("io.streamhub.domain.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle between domain concepts means one of them is in the wrong place");
}
