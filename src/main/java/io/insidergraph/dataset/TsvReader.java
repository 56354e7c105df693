package io.insidergraph.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads the SEC's tab-separated tables one record at a time: fields split on tabs, a field wrapped in double quotes
 * unwrapped with its doubled quotes made single ({@code "Common Shares (""SBI"")"}), every other field taken as it
 * is, quotes and all. A record is one line, unless a quoted field is still open at the end of a line that has fewer
 * fields than the header: then the field goes on over the next lines (at most {@link #MAX_JOINED_LINES}). If it does
 * not close there, the opening quote was a stray one and the line is read on its own, quote kept. Written by hand
 * rather than with a CSV library because of that last rule: a library's parser, meeting a stray or cut-off quote,
 * reads on to the next quote anywhere in the file and so merges other filings' rows into one field, where here the
 * damage stays on its own line, which the reader then rejects with its line number.
 */
final class TsvReader implements Closeable {

    /** One record and the number of the line it starts on (the header is line 1). */
    record Record(long line, List<String> fields) {
    }

    static final int MAX_JOINED_LINES = 20;
    /** Longer lines are cut here; the SEC's widest column holds 2,000 characters. */
    static final int MAX_LINE_CHARS = 1 << 20;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long lineNumber;
    private final Deque<String> pushedBack = new ArrayDeque<>();
    private final StringBuilder line = new StringBuilder(512);

    TsvReader(InputStream in) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** The next record, or null at the end; {@code expectedFields} is the header's width (0 for the header). */
    @Nullable Record next(int expectedFields) throws IOException {
        var first = nextLine();
        if (first == null) {
            return null;
        }
        long start = lineNumber - pushedBack.size();
        var fields = new ArrayList<String>(Math.max(expectedFields, 8));
        if (split(first, fields) || fields.size() >= expectedFields) {
            return new Record(start, fields);
        }
        var joined = new StringBuilder(first);
        var extra = new ArrayList<String>();
        var joinedFields = new ArrayList<String>(fields.size());
        while (extra.size() < MAX_JOINED_LINES) {
            var more = nextLine();
            if (more == null) {
                break;
            }
            extra.add(more);
            joined.append('\n').append(more);
            joinedFields.clear();
            boolean complete = split(joined, joinedFields);
            if (joinedFields.size() > expectedFields) {
                break;
            }
            if (complete && joinedFields.size() == expectedFields && closedAcrossLines(joinedFields)) {
                return new Record(start, joinedFields);
            }
        }
        for (int i = extra.size() - 1; i >= 0; i--) {
            pushedBack.push(extra.get(i));
        }
        return new Record(start, fields);
    }

    /** No field that spans lines kept its opening quote, which would mean the quote never closed. */
    private static boolean closedAcrossLines(List<String> fields) {
        for (var field : fields) {
            if (field.startsWith("\"") && field.indexOf('\n') >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a line into fields. Returns false when the last field opens a quote that the line does not close; that
     * field is then added as it stands, quote included, in case it was a stray quote.
     */
    private static boolean split(CharSequence s, List<String> fields) {
        int i = 0;
        int n = s.length();
        while (true) {
            int tab = indexOf(s, '\t', i);
            if (i < n && s.charAt(i) == '"') {
                var field = new StringBuilder();
                int j = i + 1;
                boolean closed = false;
                while (j < n) {
                    char c = s.charAt(j);
                    if (c == '"') {
                        if (j + 1 < n && s.charAt(j + 1) == '"') {
                            field.append('"');
                            j += 2;
                            continue;
                        }
                        if (j + 1 == n || s.charAt(j + 1) == '\t') {
                            closed = true;
                            j++;
                            break;
                        }
                    }
                    field.append(c);
                    j++;
                }
                if (closed) {
                    fields.add(field.toString());
                    i = j;
                }
                else {
                    // not a quoted field after all (text like "abc"def): taken as it is, up to the next tab
                    fields.add(s.subSequence(i, tab < 0 ? n : tab).toString());
                    if (tab < 0) {
                        return false;
                    }
                    i = tab;
                }
            }
            else {
                fields.add(s.subSequence(i, tab < 0 ? n : tab).toString());
                i = tab < 0 ? n : tab;
            }
            if (i >= n) {
                return true;
            }
            i++; // the tab
        }
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The next physical line without its line end, or null at the end of the input. */
    private @Nullable String nextLine() throws IOException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (line.length() < MAX_LINE_CHARS) {
                line.append(buffer, start, Math.min(position - start, MAX_LINE_CHARS - line.length()));
            }
            if (position < limit) {
                position++; // the line feed
                break;
            }
        }
        lineNumber++;
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
