package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.adder.data.MnistFolder;
import studio.adder.ui.common.HomePaths;

/** The GUI's "MNIST missing" banner speaks of its own buttons, not of the command line. */
class MnistBannerTest {

    @TempDir
    Path folder;

    @Test
    void anEmptyFolderIsExplainedInTheWindowsWords() {
        String text = MnistSetup.bannerText(new MnistFolder(folder).status());
        assertTrue(text.contains("Fetch") && text.contains("Choose folder"), text);
        assertTrue(text.contains(folder.getFileName().toString()), text);
        assertFalse(text.contains("java -jar") || text.contains("--data-dir") || text.contains("fetch-mnist"), text);
        assertTrue(text.length() < 200, "short: " + text);
    }

    @Test
    void aPartlyFilledFolderNamesWhatIsMissing() throws Exception {
        Files.write(folder.resolve("train-images-idx3-ubyte"), new byte[16]);
        Files.write(folder.resolve("train-labels-idx1-ubyte"), new byte[8]);
        String text = MnistSetup.bannerText(new MnistFolder(folder).status());
        assertTrue(text.contains("t10k-images-idx3-ubyte") && text.contains("t10k-labels-idx1-ubyte"), text);
        assertFalse(text.contains("train-images"), text);
    }

    @Test
    void theHomeFolderIsWrittenAsATilde() {
        Path home = Path.of("/home/ada");
        assertTrue(HomePaths.shortPath(home.resolve(".adder-studio/mnist"), home).equals("~/.adder-studio/mnist"));
        assertTrue(HomePaths.shortPath(Path.of("/data/mnist"), home).equals("/data/mnist"));
    }
}
