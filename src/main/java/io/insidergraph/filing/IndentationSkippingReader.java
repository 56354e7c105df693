package io.insidergraph.filing;

import java.io.Reader;
import java.io.StringReader;

/**
 * Reads XML text without its indentation: a run of whitespace between a {@code >} and the next {@code <} is skipped
 * as the parser reads, without copying the text first. The builder ignores such boundary whitespace anyway; skipping
 * it before the parser sees it spares the parser and JDOM a third of the characters and an event per element. Only
 * for text without CDATA sections, where whitespace between markup is content ({@link #of}). Line numbers shift, so
 * errors are reported from a parse of the text as it is.
 */
final class IndentationSkippingReader extends Reader {

    private final String text;
    private final int length;
    private int position;
    /** Index of the next {@code >} at or after position ({@code length} when there is none), or -1 to look again. */
    private int nextTagEnd = -1;

    private IndentationSkippingReader(String text) {
        this.text = text;
        this.length = text.length();
    }

    static Reader of(String text) {
        return text.contains("<![CDATA[") ? new StringReader(text) : new IndentationSkippingReader(text);
    }

    @Override
    public int read(char[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int read = 0;
        while (read < count && position < length) {
            if (nextTagEnd < position) {
                int found = text.indexOf('>', position);
                nextTagEnd = found < 0 ? length : found;
            }
            int chunk = Math.min(count - read, Math.min(nextTagEnd + 1, length) - position);
            text.getChars(position, position + chunk, buffer, offset + read);
            read += chunk;
            position += chunk;
            if (position == nextTagEnd + 1) {
                position = afterIndentation(position);
            }
        }
        return read;
    }

    private int afterIndentation(int from) {
        int i = from;
        while (i < length && isXmlWhitespace(text.charAt(i))) {
            i++;
        }
        return i > from && i < length && text.charAt(i) == '<' ? i : from;
    }

    private static boolean isXmlWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    @Override
    public void close() {
        // nothing to release: the text is in memory
    }
}
