package studio.adder.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void commandsAreSpelledAsTheUserStartsTheApp() {
        assertEquals("java -jar target/adder-studio.jar", Messages.command(null));
        assertEquals("java -jar target/adder-studio.jar", Messages.command(" "));
        // The packaged launcher names itself (scripts/package-image.sh sets -Dadder.launcher).
        assertEquals("adder-studio", Messages.command("adder-studio"));
    }
}
