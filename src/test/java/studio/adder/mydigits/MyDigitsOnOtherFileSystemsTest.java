package studio.adder.mydigits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import studio.adder.preprocess.GrayImage;

/**
 * Kept drawings on a Windows-style file system in a home with a space and non-ASCII letters: the
 * names carry no ':' (Windows refuses it), and keep, move and delete leave no file open or behind.
 */
class MyDigitsOnOtherFileSystemsTest {

    @Test
    void keepMoveAndDeleteWorkWhereColonsAreNotAllowedInNames() throws IOException {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            Path root = windows.getPath("C:\\Users\\Zoë Müller\\.adder-studio\\my-digits");
            MyDigits store = new MyDigits(root, Clock.fixed(Instant.parse("2026-12-02T15:04:05.678Z"), ZoneOffset.UTC));

            Example kept = store.keep(3, new float[28 * 28], new GrayImage(56, 56, new float[56 * 56]));
            String name = kept.input().getFileName().toString();
            assertFalse(name.contains(":"), name);
            assertTrue(name.startsWith("20261202-150405-678"), name);
            assertTrue(Files.isRegularFile(kept.input()));
            assertEquals(1, store.list(3).size());

            Example moved = store.move(kept, 5);
            assertEquals(0, store.list(3).size());
            assertEquals(1, store.list(5).size());
            store.delete(moved);
            assertEquals(0, store.size());
        }
    }
}
