package studio.adder.ui.train;

/** One point of a chart curve, in the units the chart shows. */
record CurvePoint(double x, double y) {}
