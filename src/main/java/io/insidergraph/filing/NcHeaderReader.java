package io.insidergraph.filing;

import java.util.ArrayDeque;

/**
 * Reads the compact header of EDGAR's {@code .nc} feed files: {@code <TAG>value} pairs, blocks opened by a bare
 * tag and closed by {@code </TAG>}. Line breaks do not matter (real files use LF, CR or none at all).
 */
final class NcHeaderReader {

    private NcHeaderReader() {
    }

    static HeaderBlock read(String text) {
        var root = new HeaderBlock("HEADER");
        var open = new ArrayDeque<HeaderBlock>();
        open.push(root);
        int pos = text.indexOf('<');
        while (pos >= 0) {
            int close = text.indexOf('>', pos);
            if (close < 0) {
                break;
            }
            String tag = text.substring(pos + 1, close);
            int next = text.indexOf('<', close);
            String value = text.substring(close + 1, next < 0 ? text.length() : next).strip();
            pos = next;
            if (tag.equals("DOCUMENT")) {
                break;
            }
            if (tag.startsWith("/")) {
                closeBlock(open, tag.substring(1));
                continue;
            }
            String top = HeaderNames.topBlock(tag);
            if (top != null) {
                while (open.size() > 1) {
                    open.pop();
                }
                open.push(root.addChild(top));
                continue;
            }
            String sub = HeaderNames.subBlock(tag);
            if (sub != null) {
                if (open.size() > 2) {
                    open.pop();
                }
                open.push(open.peek().addChild(sub));
                continue;
            }
            String field = HeaderNames.field(tag);
            if (field != null && !value.isEmpty()) {
                open.peek().put(field, value);
            }
        }
        return root;
    }

    private static void closeBlock(ArrayDeque<HeaderBlock> open, String rawName) {
        String top = HeaderNames.topBlock(rawName);
        String name = top != null ? top : HeaderNames.subBlock(rawName);
        if (name != null && open.size() > 1 && open.peek().name().equals(name)) {
            open.pop();
        }
    }
}
