package studio.adder.client;

import ai.djl.modality.Input;
import ai.djl.ndarray.BytesSupplier;
import ai.djl.translate.TranslateException;
import ai.djl.util.PairList;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import studio.adder.preprocess.GrayImage;
import studio.adder.preprocess.MnistPreprocessor;

/**
 * Reads a DJL Serving request ({@link Input}) as an {@link AdderInput}: image bytes prepared the
 * way the app prepares pictures, plus the number.
 *
 * <p>The image is the content named {@code image}, {@code data}, {@code body} or {@code file}
 * (DJL Serving names a raw request body {@code body} and a form field by its name), else the one
 * content that is not the number. The number is a content named {@code number} (a query parameter
 * or form field) or a {@code number} header. Whatever is wrong comes back as one sentence in a
 * {@link TranslateException}, which DJL Serving answers with 400 Bad Request.
 */
public final class AdderRequest {

    /** Content names that hold the image, in order of preference. */
    static final List<String> IMAGE_NAMES = List.of("image", "data", "body", "file");

    /** The name of the number, as content, query parameter, form field or header. */
    static final String NUMBER = "number";

    /** Pictures above this many pixels are read subsampled: a digit needs far fewer. */
    static final long MAX_DECODED_PIXELS = 16L * 1024 * 1024;

    private AdderRequest() {}

    /**
     * The question a request asks.
     *
     * @throws TranslateException with a sentence when the image or the number is missing or wrong
     */
    public static AdderInput parse(Input request) throws TranslateException {
        int number = number(request);
        byte[] bytes = imageBytes(request);
        BufferedImage picture = decode(bytes);
        Optional<float[]> pixels = MnistPreprocessor.toMnist(GrayImage.fromBufferedImage(picture));
        if (pixels.isEmpty()) {
            throw new TranslateException("The image holds no ink: it looks blank. Send a picture of one digit.");
        }
        return new AdderInput(pixels.get(), number);
    }

    private static int number(Input request) throws TranslateException {
        String text = null;
        BytesSupplier content = request.get(NUMBER);
        if (content != null) {
            text = new String(content.getAsBytes(), StandardCharsets.UTF_8);
        } else {
            for (Map.Entry<String, String> header : request.getProperties().entrySet()) {
                if (header.getKey().equalsIgnoreCase(NUMBER)) {
                    text = header.getValue();
                }
            }
        }
        if (text == null) {
            throw new TranslateException("The request names no number: add number=0..9 as a query parameter,"
                    + " a form field or a header.");
        }
        try {
            int number = Integer.parseInt(text.trim());
            if (number >= 0 && number <= 9) {
                return number;
            }
        } catch (NumberFormatException notAnInteger) {
            // Answered below with the same sentence as an integer out of range.
        }
        throw new TranslateException("The number must be a whole number from 0 to 9, not '"
                + shorten(text.trim()) + "'.");
    }

    private static byte[] imageBytes(Input request) throws TranslateException {
        PairList<String, BytesSupplier> content = request.getContent();
        for (String name : IMAGE_NAMES) {
            BytesSupplier image = content.get(name);
            if (image != null) {
                return nonEmpty(image.getAsBytes());
            }
        }
        for (int i = 0; i < content.size(); i++) {
            String name = content.keyAt(i);
            if (name == null || !name.toLowerCase(Locale.ROOT).equals(NUMBER)) {
                return nonEmpty(content.valueAt(i).getAsBytes());
            }
        }
        throw noImage();
    }

    private static byte[] nonEmpty(byte[] bytes) throws TranslateException {
        if (bytes == null || bytes.length == 0) {
            throw noImage();
        }
        return bytes;
    }

    private static TranslateException noImage() {
        return new TranslateException("The request holds no image: send PNG or JPEG bytes as the request body"
                + " or as a form field named image.");
    }

    /** Decodes any size, reading huge pictures subsampled so a request cannot exhaust memory. */
    static BufferedImage decode(byte[] bytes) throws TranslateException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new TranslateException("The request's image is not a picture this service reads: send PNG"
                        + " or JPEG bytes (" + bytes.length + " bytes received could not be decoded).");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_DECODED_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException damaged) {
            throw new TranslateException("The request's image is damaged or incomplete and cannot be decoded ("
                    + damaged.getMessage() + ").", damaged);
        }
    }

    private static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
