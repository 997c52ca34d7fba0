package studio.adder.ui.train;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * One line chart with a fixed series per {@link CurveKind}, its own legend, and no animation:
 * each update moves the (downsampled) points of the curves that changed, in place.
 */
final class MetricChart extends VBox {

    /** Room for one x-axis tick label, in font sizes: about five digits. */
    private static final double X_LABEL_ROOM = 4;
    /** The x axis's length before its first layout. */
    private static final double UNLAID_AXIS_LENGTH = 300;

    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final Map<CurveKind, XYChart.Series<Number, Number>> series = new EnumMap<>(CurveKind.class);
    private final FlowPane legend = new FlowPane(12, 4);
    private final String valueName;
    private final boolean accuracy;
    /** The points each curve shows now, so an unchanged curve is left alone. */
    private final Map<CurveKind, List<CurvePoint>> shown = new EnumMap<>(CurveKind.class);
    private XAxisMode markedAxis;
    private boolean markedLogLoss;
    private List<CurveKind> legendKinds = List.of();
    /** The x range of the curves shown, NaN while there are none. */
    private double minX = Double.NaN;
    private double maxX = Double.NaN;

    MetricChart(String title, String valueName, boolean accuracy) {
        this.valueName = valueName;
        this.accuracy = accuracy;
        chart.setTitle(title);
        chart.setAnimated(false);
        xAxis.setAnimated(false);
        yAxis.setAnimated(false);
        xAxis.setForceZeroInRange(false);
        yAxis.setForceZeroInRange(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setMinSize(200, 150);
        for (CurveKind kind : CurveKind.values()) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(kind.label());
            series.put(kind, line);
        }
        chart.getData().setAll(FXCollections.observableArrayList(series.values()));
        series.forEach((kind, line) -> line.getNode().setStyle(lineStyle(kind)));
        getStyleClass().add("metric-chart");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(chart, legend);
        xAxis.widthProperty().addListener((observable, before, now) -> fitXTicks());
    }

    /** The chart node, for snapshots and tests. */
    LineChart<Number, Number> chart() {
        return chart;
    }

    /** Shows {@code curves} with the frame's axis settings. */
    void show(Map<CurveKind, List<CurvePoint>> curves, ChartFrame frame) {
        xAxis.setLabel(frame.axis().label());
        if (accuracy) {
            yAxis.setAutoRanging(false);
            yAxis.setLowerBound(frame.zoomAccuracy() ? 90 : 0);
            yAxis.setUpperBound(100);
            yAxis.setTickUnit(frame.zoomAccuracy() ? 1 : 10);
            yAxis.setLabel("Accuracy (%)");
        } else {
            yAxis.setLabel(frame.logLoss() ? "log10 loss" : "Loss");
            boolean empty = curves.values().stream().allMatch(List::isEmpty);
            // With nothing to fit, auto-ranging shows 0-125; a fresh run's losses start near
            // ln 10 (digit) and ln 19 (sum, about 2.9), so start from a range they fit.
            yAxis.setAutoRanging(!empty);
            if (empty) {
                yAxis.setLowerBound(frame.logLoss() ? -3 : 0);
                yAxis.setUpperBound(frame.logLoss() ? 1 : 3);
                yAxis.setTickUnit(frame.logLoss() ? 1 : 0.5);
            }
        }
        // A marker's tooltip names the axis and the loss scale: a change of either redraws the marked curves.
        boolean markersStale = !frame.axis().equals(markedAxis) || frame.logLoss() != markedLogLoss;
        markedAxis = frame.axis();
        markedLogLoss = frame.logLoss();
        for (CurveKind kind : CurveKind.values()) {
            List<CurvePoint> points = curves.getOrDefault(kind, List.of());
            if (points.equals(shown.get(kind)) && !(kind.marked() && markersStale)) {
                continue; // the test points change once an epoch, not at every drain
            }
            shown.put(kind, points);
            if (kind.marked()) {
                showMarked(kind, points, frame);
            } else {
                showLine(series.get(kind).getData(), points);
            }
        }
        updateLegend(curves);
        DoubleSummaryStatistics xs = curves.values().stream().flatMap(List::stream)
                .mapToDouble(CurvePoint::x).summaryStatistics();
        minX = xs.getCount() == 0 ? Double.NaN : xs.getMin();
        maxX = xs.getCount() == 0 ? Double.NaN : xs.getMax();
        fitXTicks();
    }

    /**
     * Round x ticks that leave each label room for about five digits. JavaFX's automatic ticks
     * guess a label's room as two font sizes, and on a chart a few hundred pixels wide the batch
     * numbers ran together ("100150200250").
     */
    private void fitXTicks() {
        if (!(maxX > minX)) {
            xAxis.setAutoRanging(true);
            return;
        }
        double length = xAxis.getWidth() > 0 ? xAxis.getWidth() : UNLAID_AXIS_LENGTH;
        int ticks = Math.max(2, (int) (length / (xAxis.getTickLabelFont().getSize() * X_LABEL_ROOM)));
        double step = TickSteps.roundStep(maxX - minX, ticks);
        xAxis.setAutoRanging(false);
        xAxis.setLowerBound(Math.floor(minX / step) * step);
        xAxis.setUpperBound(Math.ceil(maxX / step) * step);
        xAxis.setTickUnit(step);
    }

    /** Moves the existing points of a plain curve in place, adding or dropping only the difference in length. */
    private static void showLine(ObservableList<XYChart.Data<Number, Number>> data, List<CurvePoint> points) {
        int kept = Math.min(data.size(), points.size());
        for (int i = 0; i < kept; i++) {
            XYChart.Data<Number, Number> item = data.get(i);
            CurvePoint point = points.get(i);
            if (item.getXValue().doubleValue() != point.x()) {
                item.setXValue(point.x());
            }
            if (item.getYValue().doubleValue() != point.y()) {
                item.setYValue(point.y());
            }
        }
        if (data.size() > points.size()) {
            data.remove(points.size(), data.size());
        } else if (points.size() > kept) {
            List<XYChart.Data<Number, Number>> added = new ArrayList<>(points.size() - kept);
            for (CurvePoint point : points.subList(kept, points.size())) {
                added.add(new XYChart.Data<>(point.x(), point.y()));
            }
            data.addAll(added);
        }
    }

    private void showMarked(CurveKind kind, List<CurvePoint> points, ChartFrame frame) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
        for (CurvePoint point : points) {
            XYChart.Data<Number, Number> item = new XYChart.Data<>(point.x(), point.y());
            item.setNode(marker(kind, point, frame));
            data.add(item);
        }
        series.get(kind).getData().setAll(data);
    }

    private void updateLegend(Map<CurveKind, List<CurvePoint>> curves) {
        List<CurveKind> kinds = new ArrayList<>();
        for (CurveKind kind : CurveKind.values()) {
            if (!kind.raw() && (!kind.optional() || !curves.getOrDefault(kind, List.of()).isEmpty())) {
                kinds.add(kind);
            }
        }
        if (kinds.equals(legendKinds)) {
            return;
        }
        legendKinds = kinds;
        List<Label> items = new ArrayList<>();
        for (CurveKind kind : kinds) {
            Line swatch = new Line(0, 0, 16, 0);
            swatch.setStyle(lineStyle(kind).replace("-fx-opacity: 0.25;", ""));
            Label item = new Label(kind.label(), swatch);
            item.getStyleClass().add("chart-legend-entry");
            items.add(item);
        }
        legend.getChildren().setAll(items);
    }

    private Region marker(CurveKind kind, CurvePoint point, ChartFrame frame) {
        Region marker = new Region();
        marker.setStyle("-fx-background-color: " + kind.color() + "; -fx-background-radius: 5px; -fx-padding: 4px;");
        double shown = !accuracy && frame.logLoss() ? Math.pow(10, point.y()) : point.y();
        String value = accuracy ? String.format(Locale.ROOT, "%.2f%%", shown) : String.format(Locale.ROOT, "%.4f", shown);
        Tooltip.install(marker, new Tooltip(String.format(Locale.ROOT, "%s %s at %s %.2f: %s", kind.label(), valueName,
                frame.axis().label().toLowerCase(Locale.ROOT), point.x(), value)));
        return marker;
    }

    private static String lineStyle(CurveKind kind) {
        StringBuilder style = new StringBuilder("-fx-stroke: " + kind.color() + ";");
        style.append(kind.raw() ? " -fx-stroke-width: 1px; -fx-opacity: 0.25;" : " -fx-stroke-width: 2px;");
        if (kind.compared()) {
            style.append(" -fx-stroke-dash-array: 6 4;");
        }
        if (kind.marked()) {
            style.append(" -fx-stroke-dash-array: 2 3;");
        }
        return style.toString();
    }
}
