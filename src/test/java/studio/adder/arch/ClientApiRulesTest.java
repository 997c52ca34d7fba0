package studio.adder.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import studio.adder.client.AdderBlockFactory;
import studio.adder.client.AdderInput;
import studio.adder.client.AdderModels;
import studio.adder.client.AdderPrediction;
import studio.adder.client.AdderRepositoryFactory;
import studio.adder.client.AdderRequest;
import studio.adder.client.AdderServingTranslator;
import studio.adder.client.AdderTranslator;
import studio.adder.client.AdderTranslatorFactory;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.MnistPreprocessor;

/** What a plain DJL client loads must not reach JavaFX, however indirectly. */
@AnalyzeClasses(packages = "studio.adder", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientApiRulesTest {

    @ArchTest
    static final ArchRule clientClassesNeedNoJavaFx = noClasses()
            .that().belongToAnyOf(AdderInput.class, AdderPrediction.class, AdderTranslator.class,
                    AdderServingTranslator.class, AdderTranslatorFactory.class, AdderBlockFactory.class,
                    AdderRepositoryFactory.class, AdderRequest.class, AdderModels.class, GrayImage.class,
                    MnistPreprocessor.class)
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx..")
            .because("a Java program that loads an exported model depends on the jar and DJL, not on a desktop toolkit");
}
