package studio.adder.train;

import studio.adder.util.EnumIds;

/** The learning-rate schedules a run can use; {@link LearningRateSchedules} builds DJL's tracker. */
public enum Schedule {
    /** The peak rate throughout. */
    CONSTANT("constant"),
    /** Cosine decay from the peak to a thousandth of it. */
    COSINE("cosine"),
    /** A quarter warming up from peak/25, then cosine decay to a thousandth (Smith's one-cycle). */
    ONE_CYCLE("one-cycle");

    private final String id;

    Schedule(String id) {
        this.id = id;
    }

    /** The id written on model cards and accepted by {@code --schedule}. */
    public String id() {
        return id;
    }

    /** The schedule named {@code text} (any case), or an error listing the choices. */
    public static Schedule parse(String text) {
        return EnumIds.parse(Schedule.class, Schedule::id, text, "learning-rate schedule");
    }

    /** The ids, comma separated. */
    public static String ids() {
        return EnumIds.list(Schedule.class, Schedule::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
