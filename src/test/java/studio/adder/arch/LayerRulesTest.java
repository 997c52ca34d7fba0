package studio.adder.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one layer rule: the core knows no JavaFX, the views know no DJL. The core is everything
 * outside {@code ui}, so a new core package is guarded the day it appears.
 */
@AnalyzeClasses(packages = "studio.adder", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule coreImportsNoJavaFx = noClasses()
            .that().resideOutsideOfPackage("studio.adder.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the core must run headless, in the CLI and in tests without a display");

    @ArchTest
    static final ArchRule uiImportsNoDjl = noClasses()
            .that().resideInAPackage("studio.adder.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
            .because("views and ViewModels talk to the core's plain-Java services, never to the engine");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheUi = noClasses()
            .that().resideOutsideOfPackages("studio.adder.ui..", "studio.adder")
            .should().dependOnClassesThat().resideInAPackage("studio.adder.ui..")
            .because("dependencies point from the UI to the core only");
}
