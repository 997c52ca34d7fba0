package studio.adder.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The MVVM contract: view models and the training tab's models hold state and commands, never nodes. */
@AnalyzeClasses(packages = "studio.adder", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewModelRulesTest {

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that().resideInAPackage("studio.adder.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .or().haveFullyQualifiedName("studio.adder.ui.train.SettingsForm")
            .or().haveFullyQualifiedName("studio.adder.ui.train.MnistSetup")
            .or().haveFullyQualifiedName("studio.adder.ui.train.RunHistory")
            .or().haveFullyQualifiedName("studio.adder.ui.train.ChartFrames")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view model is tested without a stage; the view owns every node");

    @ArchTest
    static final ArchRule theRunRecorderImportsNoJavaFx = noClasses()
            .that().haveFullyQualifiedName("studio.adder.ui.train.RunRecorder")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("it receives records on the engine thread, where no JavaFX call belongs");
}
