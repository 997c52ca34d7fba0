package studio.adder.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MetricChartFxTest {

    private MetricChart chart;

    @Start
    void start(Stage stage) {
        chart = new MetricChart("Loss", "loss", false);
    }

    @Test
    void eachShowLeavesExactlyTheFramesPointsWhetherCurvesGrowShrinkOrMove(FxRobot robot) {
        for (List<CurvePoint> points : List.of(curve(3, 0), curve(7, 1), curve(7, 2), curve(2, 3), List.<CurvePoint>of(),
                curve(5, 4))) {
            robot.interact(() -> show(Map.of(CurveKind.DIGIT_TRAIN, points), XAxisMode.BATCH));
            assertEquals(points, shown(CurveKind.DIGIT_TRAIN));
        }
    }

    @Test
    void testPointsKeepTheirMarkersUntilTheyOrTheAxisChange(FxRobot robot) {
        List<CurvePoint> tests = curve(2, 0);
        robot.interact(() -> show(Map.of(CurveKind.DIGIT_TEST, tests, CurveKind.DIGIT_TRAIN, curve(4, 0)),
                XAxisMode.BATCH));
        Node first = marker(CurveKind.DIGIT_TEST);
        robot.interact(() -> show(Map.of(CurveKind.DIGIT_TEST, List.copyOf(tests), CurveKind.DIGIT_TRAIN, curve(5, 1)),
                XAxisMode.BATCH));
        assertSame(first, marker(CurveKind.DIGIT_TEST), "new training points alone leave the markers");
        robot.interact(() -> show(Map.of(CurveKind.DIGIT_TEST, tests), XAxisMode.EPOCH));
        assertNotSame(first, marker(CurveKind.DIGIT_TEST), "their tooltips name the axis");
        robot.interact(() -> show(Map.of(CurveKind.DIGIT_TEST, curve(3, 2)), XAxisMode.EPOCH));
        assertEquals(curve(3, 2), shown(CurveKind.DIGIT_TEST));
    }

    private void show(Map<CurveKind, List<CurvePoint>> loss, XAxisMode axis) {
        chart.show(loss, new ChartFrame(axis, false, false, loss, Map.of()));
    }

    private static List<CurvePoint> curve(int size, int shift) {
        return IntStream.range(0, size).mapToObj(i -> new CurvePoint(i + shift, 1.0 / (i + 1 + shift))).toList();
    }

    private List<CurvePoint> shown(CurveKind kind) {
        List<CurvePoint> points = new ArrayList<>();
        for (XYChart.Data<Number, Number> item : series(kind).getData()) {
            points.add(new CurvePoint(item.getXValue().doubleValue(), item.getYValue().doubleValue()));
        }
        return points;
    }

    private Node marker(CurveKind kind) {
        return series(kind).getData().get(0).getNode();
    }

    private XYChart.Series<Number, Number> series(CurveKind kind) {
        return chart.chart().getData().get(kind.ordinal());
    }
}
