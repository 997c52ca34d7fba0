package studio.adder.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import studio.adder.predict.AdderBlockFactory;
import studio.adder.predict.AdderInput;
import studio.adder.predict.AdderModels;
import studio.adder.predict.AdderPrediction;
import studio.adder.predict.AdderRepositoryFactory;
import studio.adder.predict.AdderRequest;
import studio.adder.predict.AdderServingTranslator;
import studio.adder.predict.AdderTranslator;
import studio.adder.predict.AdderTranslatorFactory;
import studio.adder.predict.GrayImage;
import studio.adder.predict.MnistPreprocessor;

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
