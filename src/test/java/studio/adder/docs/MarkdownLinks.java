package studio.adder.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the relative links of Markdown files that lead nowhere: a missing file, or a {@code #anchor}
 * that names no heading of its target. Anchors follow GitHub's rule (lower case, punctuation dropped,
 * spaces to hyphens, repeats numbered), so a link that works here works on the project's page.
 */
final class MarkdownLinks {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();

    /** One link that leads nowhere, said as a sentence. */
    record Broken(Path file, int line, String target, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": (" + target + ") " + reason;
        }
    }

    /** Every broken relative link of {@code file}; links to the web and mail addresses are not checked. */
    List<Broken> check(Path file) {
        List<Broken> broken = new ArrayList<>();
        List<String> lines = proseLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher link = LINK.matcher(CODE_SPAN.matcher(lines.get(i)).replaceAll(""));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue;
                }
                String reason = problem(file, target);
                if (reason != null) {
                    broken.add(new Broken(file, i + 1, target, reason));
                }
            }
        }
        return broken;
    }

    private String problem(Path file, String target) {
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = pathPart.isEmpty() ? file : file.getParent().resolve(pathPart).normalize();
        if (!Files.exists(resolved)) {
            return "names a file that does not exist: " + resolved;
        }
        if (anchor == null || anchor.isEmpty()) {
            return null;
        }
        if (!resolved.toString().endsWith(".md")) {
            return "has an anchor, but " + resolved + " is not a Markdown file";
        }
        if (!anchors(resolved).contains(anchor)) {
            return "names no heading of " + resolved + "; its anchors are " + anchors(resolved);
        }
        return null;
    }

    /** The anchors GitHub gives the headings of {@code file}, in order of appearance. */
    Set<String> anchors(Path file) {
        return anchorsByFile.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            Set<String> anchors = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            for (String line : proseLines(f)) {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    String slug = slug(heading.group(1));
                    int repeat = seen.merge(slug, 1, Integer::sum) - 1;
                    anchors.add(repeat == 0 ? slug : slug + "-" + repeat);
                }
            }
            return anchors;
        });
    }

    /** GitHub's heading anchor: lower case, letters, digits, spaces, hyphens and underscores kept. */
    static String slug(String heading) {
        String text = heading.replaceAll("`", "").replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    /** The file's lines, with fenced and indented code blocks blanked (their brackets are not links). */
    private static List<String> proseLines(Path file) {
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean fenced = false;
        boolean previousBlank = true;
        boolean indentedBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean fence = line.stripLeading().startsWith("```");
            boolean blank = line.isBlank();
            indentedBlock = !fenced && line.startsWith("    ") && (previousBlank || indentedBlock);
            if (fence || fenced || indentedBlock) {
                lines.set(i, "");
            }
            if (fence) {
                fenced = !fenced;
            }
            previousBlank = blank;
        }
        return lines;
    }
}
