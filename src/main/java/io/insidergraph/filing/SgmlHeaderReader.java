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
        for (String line : text.lines().toList()) {
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
