package studio.adder.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleImagesTest {

    @TempDir
    Path installed;

    @Test
    void theInstalledFolderWinsOverTheCheckoutsAndAMissingOneGivesNone() {
        Path checkout = Path.of("assets", "samples");
        assertEquals(Optional.of(installed.toFile()), SampleImages.folder(installed.toString(), checkout));
        assertEquals(Optional.of(checkout.toAbsolutePath().toFile()), SampleImages.folder(null, checkout));
        assertTrue(SampleImages.folder(installed.resolve("gone").toString(), checkout).isEmpty());
    }

    @Test
    void theCheckoutsSamplesArePicturesTheOpenDialogOffers() {
        File[] pictures = SampleImages.folder(null, Path.of("assets", "samples")).orElseThrow()
                .listFiles((dir, name) -> name.endsWith(".png"));
        assertTrue(pictures != null && pictures.length >= 3, "a few sample digits ship in assets/samples");
    }
}
