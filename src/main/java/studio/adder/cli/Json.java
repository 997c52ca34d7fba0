package studio.adder.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** Compact JSON lines for stdout; logs go to stderr so stdout stays machine-readable. */
final class Json {

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private Json() {}

    static void print(Object value) {
        System.out.println(GSON.toJson(value));
        System.out.flush();
    }
}
