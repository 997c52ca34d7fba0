package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class TarReaderTest {

    private static TarReader reader(byte[] tar) {
        return new TarReader(new ByteArrayInputStream(tar), "test.tar");
    }

    @Test
    void readsEveryEntryWithItsContent() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("package/readme.md", "hello".getBytes(StandardCharsets.UTF_8));
        byte[] big = new byte[1300]; // spans three blocks, so padding must be skipped correctly
        Arrays.fill(big, (byte) 7);
        files.put("package/data/blob", big);
        files.put("package/empty", new byte[0]);
        byte[] tgz = TestTarballs.gzip(TestTarballs.tar(files));
        TarReader tar = new TarReader(new GZIPInputStream(new ByteArrayInputStream(tgz)), "test.tgz");

        TarReader.Entry first = tar.next();
        assertEquals("package/readme.md", first.name());
        assertEquals(5, first.size());
        assertTrue(first.isFile());
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), tar.contents().readAllBytes());

        TarReader.Entry second = tar.next();
        assertEquals("package/data/blob", second.name());
        assertArrayEquals(big, tar.contents().readAllBytes());

        assertEquals("package/empty", tar.next().name());
        assertNull(tar.next());
    }

    @Test
    void skipsUnreadContent() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a", new byte[700]);
        files.put("b", new byte[] {1, 2, 3});
        TarReader tar = reader(TestTarballs.tar(files));

        tar.next();
        assertEquals("b", tar.next().name());
        assertArrayEquals(new byte[] {1, 2, 3}, tar.contents().readAllBytes());
    }

    @Test
    void rejectsEntryThatClimbsOutOfItsFolder() {
        TarReader tar = reader(TestTarballs.tar(Map.of("package/../../evil", new byte[] {1})));

        MnistDataException e = assertThrows(MnistDataException.class, tar::next);

        assertTrue(e.getMessage().contains("package/../../evil"), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.tar"), e.getMessage());
    }

    @Test
    void rejectsAbsolutePath() {
        TarReader tar = reader(TestTarballs.tar(Map.of("/etc/passwd", new byte[] {1})));

        MnistDataException e = assertThrows(MnistDataException.class, tar::next);

        assertTrue(e.getMessage().contains("absolute path"), e.getMessage());
    }

    @Test
    void rejectsHeaderWithBadChecksum() {
        byte[] tar = TestTarballs.tar(Map.of("file", new byte[] {1}));
        tar[0] = 'F';

        MnistDataException e = assertThrows(MnistDataException.class, () -> reader(tar).next());

        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void reportsTruncatedContent() throws IOException {
        byte[] tar = TestTarballs.tar(Map.of("file", new byte[2000]));
        TarReader truncated = reader(Arrays.copyOf(tar, 512 + 1000));

        truncated.next();

        assertThrows(MnistDataException.class, () -> truncated.contents().readAllBytes());
    }
}
