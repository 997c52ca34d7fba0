package studio.adder.export;

import studio.adder.util.EnumIds;

/** The worlds a trained model can be exported to; each has one {@link FormatExporter}. */
public enum ExportFormat {
    /** A .zip that DJL (and Adder Studio itself) loads: the original export, unchanged. */
    DJL("djl", "DJL (.zip)", ".zip",
            "Java programs and DJL Serving; Adder Studio opens it again. Needs the app's jar and DJL."),
    /** One .onnx file with the softmax applied. */
    ONNX("onnx", "ONNX (.onnx)", ".onnx",
            "Any ONNX runtime: Python, C#, C++, JavaScript, phones. One file, no Adder Studio code."),
    /** A folder with model.safetensors and a small PyTorch module. */
    PYTORCH("pytorch", "PyTorch (folder)", "",
            "Python notebooks with PyTorch: model.safetensors and adder_model.py. Needs only torch."),
    /** One offline .html page that draws, predicts and shows both answers. */
    WEB("web", "Web page (.html)", ".html",
            "Anyone with a browser: double-click the page, draw a digit, works offline. Nothing to install.");

    private final String id;
    private final String title;
    private final String ending;
    private final String audience;

    ExportFormat(String id, String title, String ending, String audience) {
        this.id = id;
        this.title = title;
        this.ending = ending;
        this.audience = audience;
    }

    /** The id typed after {@code --format}. */
    public String id() {
        return id;
    }

    /** A short name for menus and dialogs, with what is written. */
    public String title() {
        return title;
    }

    /** The file name ending ({@code .zip}, {@code .onnx}, {@code .html}), empty for a folder. */
    public String ending() {
        return ending;
    }

    /** Whether the export is a folder rather than one file. */
    public boolean isFolder() {
        return ending.isEmpty();
    }

    /** One line on who uses this format and what it needs. */
    public String audience() {
        return audience;
    }

    /** The format typed on the command line (any case), or an error listing the choices. */
    public static ExportFormat parse(String text) {
        return EnumIds.parse(ExportFormat.class, ExportFormat::id, text, "export format");
    }

    /** The ids, comma separated, for help texts and messages. */
    public static String ids() {
        return EnumIds.list(ExportFormat.class, ExportFormat::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
