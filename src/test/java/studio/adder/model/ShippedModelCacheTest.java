package studio.adder.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped model is unpacked once per build into a folder named by its checksum. */
class ShippedModelCacheTest {

    private static Map<String, byte[]> files(String params) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("model.json", "{\"name\":\"m\"}".getBytes(StandardCharsets.UTF_8));
        files.put("adder-0001.params", params.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void aSecondStartReusesTheFolderAndANewBuildGetsItsOwn(@TempDir Path cache) throws IOException {
        Path first = ShippedModelCache.folder(cache, "m", files("weights"));
        FileTime written = Files.getLastModifiedTime(first.resolve("adder-0001.params"));
        Path again = ShippedModelCache.folder(cache, "m", files("weights"));
        assertEquals(first, again);
        assertEquals(written, Files.getLastModifiedTime(again.resolve("adder-0001.params")), "not written again");
        Path other = ShippedModelCache.folder(cache, "m", files("other weights"));
        assertNotEquals(first, other);
        assertEquals(List.of(first.getFileName().toString(), other.getFileName().toString()).stream().sorted().toList(),
                names(cache), "no staging folder stays behind");
    }

    @Test
    void aDamagedCopyIsUnpackedAgain(@TempDir Path cache) throws IOException {
        Path folder = ShippedModelCache.folder(cache, "m", files("weights"));
        Files.writeString(folder.resolve("adder-0001.params"), "weighs");
        Files.delete(folder.resolve("model.json"));
        Path repaired = ShippedModelCache.folder(cache, "m", files("weights"));
        assertEquals(folder, repaired);
        assertArrayEquals("weights".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(repaired.resolve("adder-0001.params")));
        assertEquals(List.of("adder-0001.params", "model.json"), names(repaired));
    }

    @Test
    void stagingLeftByAKilledProcessIsRemovedOnceItIsOld(@TempDir Path cache) throws IOException {
        Path abandoned = Files.createDirectories(cache.resolve(".unpacking-1"));
        Files.writeString(abandoned.resolve("model.json"), "{");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minusSeconds(3600)));
        Path recent = Files.createDirectories(cache.resolve(".unpacking-2"));
        Path folder = ShippedModelCache.folder(cache, "m", files("weights"));
        assertEquals(List.of(".unpacking-2", folder.getFileName().toString()), names(cache));
        assertEquals(recent, cache.resolve(".unpacking-2"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
