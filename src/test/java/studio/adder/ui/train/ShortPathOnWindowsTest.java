package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import studio.adder.ui.common.HomePaths;

/** The banner writes a folder under a Windows home as ~/..., with forward slashes as people say it. */
class ShortPathOnWindowsTest {

    @Test
    void aWindowsFolderUnderTheHomeReadsAsATildePath() throws IOException {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            Path home = windows.getPath("C:\\Users\\Zoë Müller");
            assertEquals("~/.adder-studio/mnist", HomePaths.shortPath(home.resolve(".adder-studio\\mnist"), home));
            assertEquals("D:\\mnist", HomePaths.shortPath(windows.getPath("D:\\mnist"), home));
        }
    }
}
