package studio.adder.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrokeTest {

    @Test
    void keepsItsOwnCopyOfThePoints() {
        List<StrokePoint> points = new ArrayList<>(List.of(new StrokePoint(1, 2), new StrokePoint(3, 4)));
        Stroke stroke = new Stroke(5f, points);

        points.add(new StrokePoint(9, 9));

        assertEquals(2, stroke.points().size());
        assertThrows(UnsupportedOperationException.class, () -> stroke.points().add(new StrokePoint(0, 0)));
    }

    @Test
    void buildsPointsFromCoordinatePairs() {
        Stroke stroke = Stroke.of(3f, 10, 20, 30, 40);

        assertEquals(List.of(new StrokePoint(10, 20), new StrokePoint(30, 40)), stroke.points());
        assertEquals(3f, stroke.width());
    }

    @Test
    void rejectsStrokesThatCannotBeDrawn() {
        assertThrows(IllegalArgumentException.class, () -> Stroke.of(0f, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Stroke.of(Float.NaN, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Stroke(2f, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Stroke.of(2f, 1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new StrokePoint(Double.NaN, 0));
    }
}
