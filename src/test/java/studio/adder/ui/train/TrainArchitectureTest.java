package studio.adder.ui.train;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The training tab's MVVM contract, checked on the compiled classes. */
class TrainArchitectureTest {

    private static final JavaClasses TRAIN_UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("studio.adder.ui.train");

    @Test
    void theTabNeverTouchesTheEngine() {
        noClasses().should().dependOnClassesThat().resideInAPackage("ai.djl..").check(TRAIN_UI);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleName("SettingsForm").or().haveSimpleName("MnistSetup")
                .or().haveSimpleName("RunHistory").or().haveSimpleName("ChartFrames")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(TRAIN_UI);
    }

    @Test
    void theListenerImportsNoJavaFx() {
        noClasses().that().haveSimpleName("RunRecorder")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(TRAIN_UI);
    }
}
