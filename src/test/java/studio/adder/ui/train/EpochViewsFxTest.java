package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.adder.train.ConfusionMatrix;
import studio.adder.train.Mistake;

/** The views that change once an epoch update their nodes in place and show the newest figures. */
@ExtendWith(ApplicationExtension.class)
class EpochViewsFxTest {

    private ConfusionMatrixView confusion;
    private MistakeGallery gallery;

    @Start
    void start(Stage stage) {
        confusion = new ConfusionMatrixView();
        gallery = new MistakeGallery();
    }

    @Test
    void theConfusionMatrixShowsEachEpochsCountsInTheSameCells(FxRobot robot) {
        List<Node> before = List.copyOf(confusion.getChildren());
        robot.interact(() -> confusion.show(matrix(5, 2)));
        assertEquals("5", count(3, 3));
        assertEquals("2", count(3, 8));
        robot.interact(() -> confusion.show(matrix(7, 0)));
        assertEquals("7", count(3, 3));
        assertEquals("", count(3, 8), "a confusion that went away leaves its cell empty");
        robot.interact(() -> confusion.show(null));
        assertEquals("", count(3, 3));
        assertEquals(before, confusion.getChildren());
    }

    @Test
    void theGalleryShowsTheNewestMistakesReusingItsTiles(FxRobot robot) {
        robot.interact(() -> gallery.show(mistakes(3, 1)));
        Node first = gallery.getChildren().get(0);
        robot.interact(() -> gallery.show(mistakes(2, 4)));
        assertEquals(2, gallery.getChildren().size());
        assertSame(first, gallery.getChildren().get(0));
        assertEquals("true 4+2=6\npredicted 5, 9", caption(0));
        robot.interact(() -> gallery.show(List.of()));
        assertEquals(1, gallery.getChildren().size(), "the empty gallery says what will appear");
    }

    /** Ten of each digit, {@code threes} of the threes right and {@code asEights} taken for eights. */
    private static ConfusionMatrix matrix(int threes, int asEights) {
        int[][] counts = new int[10][10];
        for (int digit = 0; digit < 10; digit++) {
            counts[digit][digit] = 10;
        }
        counts[3][3] = threes;
        counts[3][8] = asEights;
        return new ConfusionMatrix(counts);
    }

    private String count(int actual, int predicted) {
        // Row 0 and column 0 hold the headers: 20 labels first, then the cells row by row.
        StackPane cell = (StackPane) confusion.getChildren().get(20 + actual * 10 + predicted);
        return ((Label) cell.getChildren().get(1)).getText();
    }

    private static List<Mistake> mistakes(int size, int firstDigit) {
        return IntStream.range(0, size).mapToObj(i -> new Mistake(i, firstDigit + i, 2, 5, 9, new float[784])).toList();
    }

    private String caption(int tile) {
        return ((Label) ((VBox) gallery.getChildren().get(tile)).getChildren().get(1)).getText();
    }
}
