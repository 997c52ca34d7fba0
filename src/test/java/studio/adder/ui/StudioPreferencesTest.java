package studio.adder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window settings survive a restart and shrug off a damaged file. */
class StudioPreferencesTest {

    @Test
    void whatWasSavedIsThereAtTheNextStart(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("home/window.properties");
        try (StudioPreferences first = new StudioPreferences(file)) {
            assertEquals(Theme.LIGHT, first.theme());
            assertEquals(Optional.empty(), first.windowBounds());
            assertEquals(OptionalInt.empty(), first.number());
            first.saveTheme(Theme.DARK);
            first.saveNumber(7);
            first.saveWindowBounds(new Rectangle2D(40, 20, 1180, 780));
        }
        try (StudioPreferences next = new StudioPreferences(file)) {
            assertEquals(Theme.DARK, next.theme());
            assertEquals(OptionalInt.of(7), next.number());
            assertEquals(Optional.of(new Rectangle2D(40, 20, 1180, 780)), next.windowBounds());
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file stays beside the settings");
        }
    }

    @Test
    void nonsenseInTheFileGivesTheDefaults(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("window.properties");
        Files.writeString(file, "theme=PURPLE\nwindow.width=wide\nwindow.height=-3\ndraw.number=12\n\\u12");
        try (StudioPreferences preferences = new StudioPreferences(file)) {
            assertEquals(Theme.LIGHT, preferences.theme());
            assertEquals(Optional.empty(), preferences.windowBounds());
            assertEquals(OptionalInt.empty(), preferences.number());
            preferences.saveNumber(3);
        }
        assertTrue(Files.readString(file).contains("draw.number=3"));
    }
}
