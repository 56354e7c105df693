package io.insidergraph.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.UncheckedJDOMFactory;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaderJDOMFactory;
import org.xml.sax.InputSource;

import io.insidergraph.filing.FilingParseException.Reason;

/**
 * Builds JDOM documents from XML bytes with hardened, reused SAXBuilders. A SAXBuilder is not thread-safe, so each
 * parse borrows one from a pool and gives it back; a builder whose parse failed is dropped rather than trusted
 * again. The pool grows to the number of threads that parse at once, which also suits virtual threads (unlike a
 * ThreadLocal). The unchecked JDOM factory skips JDOM's name and content checks: the SAX parser has already
 * checked well-formedness, and the checks cost time on every element.
 */
final class XmlDocuments {

    /** Where an XML slice sits in the file it was cut from, to report errors at the file's line and column. */
    record Slice(byte[] bytes, int offset, int length, byte[] file, int fileOffset) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final XMLReaderJDOMFactory readers = new HardenedReaderFactory();
    private final ConcurrentLinkedQueue<SAXBuilder> idle = new ConcurrentLinkedQueue<>();

    Document build(String source, Slice slice) throws FilingParseException {
        SAXBuilder builder = borrow();
        try {
            Document document = builder.build(new ByteArrayInputStream(slice.bytes(), slice.offset(), slice.length()));
            idle.offer(builder);
            return document;
        } catch (JDOMParseException e) {
            if (isEncodingError(e)) {
                return buildAsWindows1252(source, slice);
            }
            throw rejection(source, slice, e);
        } catch (JDOMException | IOException e) {
            throw new FilingParseException(source, Reason.NOT_WELL_FORMED, e.getMessage(), -1, -1, e);
        }
    }

    /**
     * Older filings sometimes hold Windows-1252 text (a name with an accent) in XML that declares no encoding, which
     * a parser must read as UTF-8 and rejects. Read such a document once more as Windows-1252, EDGAR's usual
     * single-byte charset, instead of losing the filing.
     */
    private Document buildAsWindows1252(String source, Slice slice) throws FilingParseException {
        SAXBuilder builder = borrow();
        var reader = new InputStreamReader(new ByteArrayInputStream(slice.bytes(), slice.offset(), slice.length()),
                WINDOWS_1252);
        try {
            Document document = builder.build(new InputSource(reader));
            idle.offer(builder);
            return document;
        } catch (JDOMParseException e) {
            throw rejection(source, slice, e);
        } catch (JDOMException | IOException e) {
            throw new FilingParseException(source, Reason.NOT_WELL_FORMED, e.getMessage(), -1, -1, e);
        }
    }

    private SAXBuilder borrow() {
        SAXBuilder builder = idle.poll();
        if (builder != null) {
            return builder;
        }
        builder = new SAXBuilder(readers, null, new UncheckedJDOMFactory());
        builder.setEntityResolver(HardenedReaderFactory.REFUSE_ALL);
        builder.setReuseParser(true);
        return builder;
    }

    private static boolean isEncodingError(JDOMParseException e) {
        String message = message(e);
        return message.contains("Invalid byte") && message.contains("UTF-8");
    }

    private static FilingParseException rejection(String source, Slice slice, JDOMParseException e) {
        String message = message(e);
        Reason reason;
        if (message.contains("DOCTYPE")) {
            reason = Reason.FORBIDDEN_DTD;
        } else if (message.contains("Premature end of file")
                || message.contains("must start and end within the same entity")) {
            reason = Reason.TRUNCATED;
        } else {
            reason = Reason.NOT_WELL_FORMED;
        }
        int line = e.getLineNumber();
        int column = e.getColumnNumber();
        if (line > 0) {
            int[] base = Lines.position(slice.file(), slice.fileOffset());
            column = line == 1 ? base[1] + column - 1 : column;
            line = base[0] + line - 1;
        }
        return new FilingParseException(source, reason, message, line, column, e);
    }

    private static String message(JDOMParseException e) {
        Throwable cause = e.getCause();
        String message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
        return message == null ? "" : message;
    }
}
