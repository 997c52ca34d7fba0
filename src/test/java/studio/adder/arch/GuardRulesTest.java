package studio.adder.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.paint.Color;

/** Rules that keep the package map honest: no cycles, one logging API, standard streams for the CLI only. */
@AnalyzeClasses(packages = "studio.adder", importOptions = ImportOption.DoNotIncludeTests.class)
class GuardRulesTest {

    @ArchTest
    static final ArchRule topLevelPackagesFormNoCycle = slices().matching("studio.adder.(*)..")
            .should().beFreeOfCycles()
            .because("each feature package can then be read, tested and moved without the others");

    @ArchTest
    static final ArchRule uiPackagesFormNoCycle = slices().matching("studio.adder.ui.(*)..")
            .should().beFreeOfCycles()
            .because("a tab depends on what tabs share, never on another tab that depends back");

    @ArchTest
    static final ArchRule oneLoggingApi = noClasses()
            .that().doNotHaveFullyQualifiedName("studio.adder.ui.StudioApp")
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                    "org.apache.logging.log4j..", "ch.qos.logback..")
            .because("everything logs through SLF4J, so one binding decides what reaches the terminal"
                    + " (StudioApp only filters a line JavaFX itself logs through java.util.logging)");

    @ArchTest
    static final ArchRule standardStreamsAreTheCommandLinesOnly = noClasses()
            .that().resideOutsideOfPackage("studio.adder.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the app and the core log through SLF4J; only commands print their output");

    @ArchTest
    static final ArchRule figureColoursComeFromThePalette = noClasses()
            .that().resideInAPackage("studio.adder.ui..")
            .and().doNotHaveFullyQualifiedName("studio.adder.ui.common.FigurePalette")
            .should().callMethod(Color.class, "web", String.class)
            .orShould().callMethod(Color.class, "rgb", int.class, int.class, int.class)
            .orShould().callMethod(Color.class, "rgb", int.class, int.class, int.class, double.class)
            .because("the pictures the app paints take their colours from the theme's FigurePalette,"
                    + " so they follow a theme switch (stylesheets colour the controls)");
}
