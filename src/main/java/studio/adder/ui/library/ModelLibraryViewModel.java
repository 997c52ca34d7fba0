package studio.adder.ui.library;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.adder.export.ExportException;
import studio.adder.export.ExportFormat;
import studio.adder.export.ExportResult;
import studio.adder.export.ExportSource;
import studio.adder.export.ModelExports;
import studio.adder.library.RecentModel;
import studio.adder.library.RecentModels;
import studio.adder.predict.ModelSummary;
import studio.adder.predict.PredictionService;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.ui.common.Percent;
import studio.adder.ui.common.UserMessage;

/**
 * Model export and the recently used models, shared by the menus and both tabs. Exports and the
 * list's file run on an IO lane (the active model is looked up on the engine thread); results and
 * messages arrive on the UI thread.
 */
public final class ModelLibraryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ModelLibraryViewModel.class);

    private final BackgroundRunner engine;
    private final BackgroundRunner io;
    private final PredictionService predictions;
    private final RecentModels store;

    private final ObservableList<RecentModel> recent = FXCollections.observableArrayList();
    private final ObservableList<RecentModel> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();

    /**
     * @param runner runs exports and file work off the UI thread (tests: the synchronous twin)
     * @param predictions knows the active model; touched only inside runner work
     * @param store where recent models are remembered
     */
    public ModelLibraryViewModel(BackgroundRunner runner, PredictionService predictions, RecentModels store) {
        this(runner, runner, predictions, store);
    }

    /**
     * @param engine reaches the engine thread, to ask which model is active
     * @param io an IO lane for exports and the recent-models file
     */
    public ModelLibraryViewModel(BackgroundRunner engine, BackgroundRunner io, PredictionService predictions,
            RecentModels store) {
        this.engine = engine;
        this.io = io;
        this.predictions = predictions;
        this.store = store;
    }

    // Properties

    /** Recently used models, most recent first; missing ones included, flagged. */
    public ObservableList<RecentModel> recent() {
        return recentView;
    }

    /** True while an export is being written. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The latest outcome to tell the user: an export written or refused. */
    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The model menu's line for a recent model: name, architecture, accuracies and date. */
    public static String menuLabel(RecentModel model) {
        String date = model.created().length() >= 10 ? model.created().substring(0, 10) : model.created();
        String label = model.name() + " · " + model.architecture() + " · digit " + percent(model.digitAccuracy())
                + ", sum " + percent(model.sumAccuracy()) + (date.isEmpty() ? "" : " · " + date);
        return model.missing() ? label + " (missing)" : label;
    }

    // Commands

    /** Reads the remembered models again. */
    public void refresh() {
        io.run(store::list, recent::setAll, error -> LOG.warn("Recent models unreadable: {}", error.toString()));
    }

    /** Remembers a model that just became active; the shipped one needs no remembering. */
    public void remember(ModelSummary model) {
        if (model == null || model.shipped() || model.source() == null) {
            return;
        }
        io.run(() -> {
            store.record(RecentModel.of(model));
            return store.list();
        }, recent::setAll, error -> LOG.warn("Could not remember {}: {}", model.source(), error.toString()));
    }

    /**
     * Exports the active model (whether opened from a folder or an archive) as a DJL archive to
     * {@code archive}, with {@code .zip} added to a name chosen without it.
     */
    public void exportActiveModel(Path archive) {
        exportActiveModel(ExportFormat.DJL, archive);
    }

    /**
     * Exports the active model as {@code format} to {@code target} (the format's ending added when
     * missing). A file the save dialog confirmed is replaced; a folder that exists is refused.
     */
    public void exportActiveModel(ExportFormat format, Path target) {
        exporting.set(true);
        engine.run(() -> predictions.activeModel()
                .orElseThrow(() -> new ExportException("No model is loaded yet.", null)),
                active -> export(active.source(), active.name(), format, target),
                this::exportFailed);
    }

    /** Exports a model folder (a training run's checkpoint) as a DJL archive ({@code .zip} added when missing). */
    public void exportFolder(Path modelFolder, Path archive) {
        exportFolder(modelFolder, ExportFormat.DJL, archive);
    }

    /** Exports a model folder (a training run's checkpoint) as {@code format} to {@code target}. */
    public void exportFolder(Path modelFolder, ExportFormat format, Path target) {
        export(modelFolder, modelFolder.getFileName().toString(), format, target);
    }

    /**
     * Reads the model on the engine lane when the format needs its weights (DJL work), then writes on
     * the IO lane; the source's temporary copy is removed either way.
     */
    private void export(Path model, String name, ExportFormat format, Path chosen) {
        exporting.set(true);
        Path destination = ModelExports.destination(format, chosen);
        // The save dialog asked before replacing what the user chose, not a name we added an ending to.
        boolean replaceFile = destination.equals(chosen);
        BackgroundRunner reader = ModelExports.exporter(format).needsWeights() ? engine : io;
        reader.run(() -> ExportSource.open(model, ModelExports.exporter(format).needsWeights()),
                source -> io.run(() -> {
                    try (source) {
                        return ModelExports.write(source, format, destination, replaceFile);
                    }
                }, result -> exported(name, result), this::exportFailed),
                this::exportFailed);
    }

    private void exported(String name, ExportResult result) {
        exporting.set(false);
        String text = String.format(Locale.ROOT, "'%s' was exported as %s to %s (%,d KB).", name,
                result.format().title(), result.written(), (result.bytes() + 1023) / 1024);
        message.set(UserMessage.news("Model exported", text).withCode(result.snippet()));
    }

    private void exportFailed(Throwable error) {
        exporting.set(false);
        message.set(new UserMessage("The model could not be exported", UserMessage.describe(error)));
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "–" : Percent.of(value);
    }
}
