package studio.adder.ui.train;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.adder.engine.DeviceOption;
import studio.adder.train.TrainingService;
import studio.adder.ui.common.BackgroundRunner;

/**
 * The device choice of the training form: every device DJL reports (unusable ones say why), and
 * the one the next run trains on, the first usable one (GPUs come first) unless the user picks.
 */
public final class DeviceChoiceModel {

    private final ObservableList<DeviceOption> devices = FXCollections.observableArrayList();
    private final ObservableList<DeviceOption> devicesView = FXCollections.unmodifiableObservableList(devices);
    private final ObjectProperty<DeviceOption> selected = new SimpleObjectProperty<>();

    /**
     * Asks the engine for its devices at once.
     *
     * @param onFailure hears, in words, why the devices could not be listed
     */
    DeviceChoiceModel(BackgroundRunner engine, TrainingService training, Consumer<String> onFailure) {
        engine.run(training::devices, this::offer,
                error -> onFailure.accept("Devices: unknown (" + error.getMessage() + ")"));
    }

    /** Every device DJL reports; unusable ones say why. */
    public ObservableList<DeviceOption> devices() { return devicesView; }
    /** The device the next run trains on. */
    public ObjectProperty<DeviceOption> selectedProperty() { return selected; }

    /** The device id the next run asks for, or null for the service's default. */
    String selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    /** True unless the user picked a device that cannot train. */
    BooleanBinding usableProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().usable(), selected);
    }

    private void offer(List<DeviceOption> options) {
        devices.setAll(options);
        options.stream().filter(DeviceOption::usable).findFirst().ifPresent(selected::set);
    }
}
