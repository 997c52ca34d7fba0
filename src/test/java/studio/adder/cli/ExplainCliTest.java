package studio.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCliTest {

    @Test
    void explainPrintsTheInputLayersSaliencyAndBothAnswers(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("pictures");
        CliRun.Result result = CliRun.run("explain", "--number", "2", "--json", "--out", out.toString(),
                "assets/samples/seven-chalk.png");
        assertEquals(0, result.exitCode(), result.err());
        JsonObject json = JsonParser.parseString(result.out().trim()).getAsJsonObject();
        assertEquals(28, json.getAsJsonArray("input").size());
        assertEquals(28, json.getAsJsonArray("input").get(0).getAsJsonArray().size());
        assertEquals(7, json.get("digit").getAsInt());
        assertEquals(9, json.get("sum").getAsInt());
        assertEquals(7, json.get("saliencyDigit").getAsInt());
        JsonArray layers = json.getAsJsonArray("layers");
        JsonObject first = layers.get(0).getAsJsonObject();
        assertEquals("conv 1", first.get("name").getAsString());
        assertEquals("[16,28,28]", first.get("shape").toString());
        assertEquals(16, first.getAsJsonArray("mean").size());
        assertEquals(16, first.getAsJsonArray("max").size());
        assertEquals(28, json.getAsJsonArray("saliency").size());
        BufferedImage saliency = ImageIO.read(out.resolve("saliency.png").toFile());
        assertEquals(280, saliency.getWidth());
        assertTrue(Files.exists(out.resolve("layer-01-conv-1.png")));
        assertEquals(layers.size() + 2, json.getAsJsonArray("pictures").size());
    }

    @Test
    void aBlankPictureGetsASentence(@TempDir Path temp) throws Exception {
        Path blank = temp.resolve("blank.png");
        ImageIO.write(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        CliRun.Result result = CliRun.run("explain", "--number", "2", blank.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("no ink found"), result.err());
    }
}
