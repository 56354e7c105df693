package io.insidergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer with line breaks and indentation (StAX itself writes one long line), attributes given as name-value
 * pairs, and its checked exception turned into the IOException a writer of a file or HTTP response reports.
 */
final class XmlOut implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Characters XML 1.0 cannot hold at all, not even escaped; StAX would write them and break the file. */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final XMLStreamWriter xml;
    private int depth;
    private boolean childless;

    XmlOut(OutputStream out) throws IOException {
        try {
            xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    /** Opens an element with attributes given as name, value, name, value... */
    XmlOut start(String name, String... attributes) throws IOException {
        try {
            newLine();
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
            childless = true;
            return this;
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    /** The root element, declaring its default namespace and the XML Schema instance prefix. */
    XmlOut root(String name, String namespace, String schemaLocation, String... attributes) throws IOException {
        try {
            newLine();
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("xsi:schemaLocation", namespace + " " + schemaLocation);
            attributes(attributes);
            depth++;
            childless = true;
            return this;
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    /** An element with attributes and no content. */
    XmlOut empty(String name, String... attributes) throws IOException {
        try {
            newLine();
            xml.writeEmptyElement(name);
            attributes(attributes);
            childless = false;
            return this;
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    /** An element holding only text, on one line. */
    XmlOut text(String name, String text, String... attributes) throws IOException {
        try {
            newLine();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
            childless = false;
            return this;
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    XmlOut end() throws IOException {
        try {
            depth--;
            if (!childless) {
                newLine();
            }
            xml.writeEndElement();
            childless = false;
            return this;
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        }
        catch (XMLStreamException ex) {
            throw failed(ex);
        }
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            xml.writeAttribute(pairs[i], clean(pairs[i + 1]));
        }
    }

    private static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static IOException failed(XMLStreamException ex) {
        return new IOException("Cannot write XML: " + ex.getMessage(), ex);
    }
}
