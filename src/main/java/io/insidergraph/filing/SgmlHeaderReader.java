package io.insidergraph.filing;

/**
 * Reads the SEC-HEADER of a full EDGAR submission: {@code KEY:<tab>value} lines, where an unindented key with no
 * value opens a top-level block (REPORTING-OWNER, ISSUER), an indented one a sub-block (OWNER DATA, MAIL ADDRESS,
 * ...). Headers written with spaces instead of tabs read the same. {@code <ACCEPTANCE-DATETIME>} is a tag line.
 */
final class SgmlHeaderReader {

    private SgmlHeaderReader() {
    }

    static HeaderBlock read(String text) {
        var root = new HeaderBlock("HEADER");
        HeaderBlock top = root;
        HeaderBlock sub = null;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            String line = text.substring(lineStart, lineEnd);
            lineStart = lineEnd + 1;
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.charAt(0) == '<') {
                readTagLine(root, t);
                continue;
            }
            int colon = t.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = t.substring(0, colon).strip();
            String value = t.substring(colon + 1).strip();
            if (!Character.isWhitespace(line.charAt(0))) {
                String block = HeaderNames.topBlock(key);
                top = block == null ? root : root.addChild(block);
                sub = null;
                if (block != null) {
                    continue;
                }
            } else if (value.isEmpty()) {
                String block = HeaderNames.subBlock(key);
                if (block != null) {
                    sub = top.addChild(block);
                    continue;
                }
            }
            String field = HeaderNames.field(key);
            if (field != null && !value.isEmpty()) {
                (sub != null ? sub : top).put(field, value);
            }
        }
        return root;
    }

    /** Index of the line break ending the line that starts at {@code from}: LF, CR LF or a lone CR. */
    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static void readTagLine(HeaderBlock root, String line) {
        int close = line.indexOf('>');
        if (close > 1) {
            String field = HeaderNames.field(line.substring(1, close));
            String value = line.substring(close + 1).strip();
            if (field != null && !value.isEmpty()) {
                root.put(field, value);
            }
        }
    }
}
