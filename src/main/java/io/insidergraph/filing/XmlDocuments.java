package io.insidergraph.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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
 * Builds JDOM documents from XML bytes with hardened, reused SAXBuilders.
 * <p>
 * A SAXBuilder is not thread-safe, so each parse borrows one from a pool and gives it back; a builder whose parse
 * failed is dropped rather than trusted again. The pool grows to the number of threads that parse at once, which
 * also suits virtual threads (unlike a ThreadLocal). The unchecked JDOM factory skips JDOM's name and content
 * checks, which the SAX parser has already made; whitespace between elements is not kept, as no field needs it.
 * <p>
 * A document is parsed once, decoded ({@link XmlText}) and read without its indentation
 * ({@link IndentationSkippingReader}). Only one the parser rejects is
 * read again: as filed, so that the error names its true line and column, and, for an entity error, once more after
 * stray ampersands and HTML entities are repaired ({@link EntityRepair}). Well-formed documents, nearly all of them,
 * pay for none of this. A DOCTYPE is never let through: the parser refuses it ({@link HardenedReaderFactory}). A
 * run of text longer than any value the schema allows stops the parse at once ({@link BoundedTextHandler}).
 */
final class XmlDocuments {

    /** XML bytes {@code bytes[offset, offset + length)}, cut from a file at that same offset. */
    record Slice(byte[] bytes, int offset, int length) {
    }

    private final XMLReaderJDOMFactory readers = new HardenedReaderFactory();
    private final ConcurrentLinkedQueue<SAXBuilder> idle = new ConcurrentLinkedQueue<>();

    Document build(String source, Slice slice) throws FilingParseException {
        byte[] bytes = slice.bytes();
        String text = XmlText.decode(bytes, slice.offset(), slice.length());
        if (text != null) {
            try {
                return parse(IndentationSkippingReader.of(text));
            } catch (JDOMParseException e) {
                if (e.getCause() instanceof BoundedTextHandler.TextTooLong) {
                    // names the field, not a position: reading it again would only repeat the work
                    throw rejection(source, slice, e);
                }
                // rare: read again as filed, for the error's true line and column and for the repair below
            }
        }
        JDOMParseException failure;
        try {
            return parse(bytes, slice.offset(), slice.length());
        } catch (JDOMParseException e) {
            failure = e;
        }
        if (isEntityError(failure)) {
            byte[] repaired = EntityRepair.repair(bytes, slice.offset(), slice.offset() + slice.length());
            if (repaired != null) {
                try {
                    return parse(repaired, 0, repaired.length);
                } catch (JDOMParseException e) {
                    failure = e;
                }
            }
        }
        throw rejection(source, slice, failure);
    }

    /** Parses decoded text ({@link XmlText}); bytes in an encoding the JDK does not know go to the parser as bytes. */
    private Document parse(byte[] bytes, int offset, int length) throws JDOMParseException {
        String text = XmlText.decode(bytes, offset, length);
        return parse(text != null
                ? new InputSource(new StringReader(text))
                : new InputSource(new ByteArrayInputStream(bytes, offset, length)));
    }

    private Document parse(Reader text) throws JDOMParseException {
        return parse(new InputSource(text));
    }

    private Document parse(InputSource input) throws JDOMParseException {
        SAXBuilder builder = borrow();
        try {
            Document document = builder.build(input);
            idle.offer(builder);
            return document;
        } catch (JDOMParseException e) {
            throw e;
        } catch (JDOMException | IOException e) {
            // reading from memory does not fail with I/O errors; anything else the parser reports is a parse error
            throw new JDOMParseException(e.getMessage(), e);
        }
    }

    private SAXBuilder borrow() {
        SAXBuilder builder = idle.poll();
        if (builder != null) {
            return builder;
        }
        return configure(new SAXBuilder(readers, BoundedTextHandler::new, new UncheckedJDOMFactory()));
    }

    /**
     * JDOM applies its own feature settings to every reader it parses with, after the reader factory made it, and
     * its "expand entities" setting is the external-general-entities feature, on by default: left alone, it would
     * switch external entities back on. Off, JDOM would keep a reference to an undeclared entity as a node instead
     * of its text; with DOCTYPEs refused no entity can be declared, and the five predefined ones are always expanded.
     */
    static <B extends SAXBuilder> B configure(B builder) {
        builder.setExpandEntities(false);
        builder.setEntityResolver(HardenedReaderFactory.REFUSE_ALL);
        builder.setIgnoringBoundaryWhitespace(true);
        builder.setReuseParser(true);
        return builder;
    }

    /** "The entity name must immediately follow the '&'...", "The entity "nbsp" was referenced, but not declared." */
    private static boolean isEntityError(JDOMParseException e) {
        if (e.getCause() instanceof BoundedTextHandler.TextTooLong) {
            return false;
        }
        String message = message(e);
        return message.contains("entity") && !message.contains("DOCTYPE") && !message.contains("same entity");
    }

    private static FilingParseException rejection(String source, Slice slice, JDOMParseException e) {
        String message = message(e);
        int line = e.getLineNumber();
        int column = e.getColumnNumber();
        Reason reason;
        if (e.getCause() instanceof BoundedTextHandler.TextTooLong) {
            reason = Reason.INVALID_VALUE;
            line = -1;
        } else if (message.contains("DOCTYPE")) {
            reason = Reason.FORBIDDEN_DTD;
        } else if (message.contains("Premature end of file")
                || message.contains("must start and end within the same entity")) {
            reason = Reason.TRUNCATED;
        } else {
            reason = Reason.NOT_WELL_FORMED;
        }
        if (line > 0) {
            int[] base = Lines.position(slice.bytes(), slice.offset());
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
