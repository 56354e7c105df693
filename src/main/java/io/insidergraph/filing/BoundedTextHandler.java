package io.insidergraph.filing;

import org.jdom2.JDOMFactory;
import org.jdom2.input.sax.SAXHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * JDOM's SAX handler, stopping the parse at the first run of text between two tags longer than
 * {@link SchemaBounds#MAX_TEXT_RUN}: no value of a valid filing is that long, so a 10 MB name or number is refused
 * after its first few thousand characters instead of being read whole, kept in the tree and then measured. The
 * values themselves are checked against their own bounds later ({@link FilingValidator}).
 */
final class BoundedTextHandler extends SAXHandler {

    /**
     * Carries the field whose text was too long out through JDOM. Without a position: the parser delivers text in
     * blocks, and its locator points at the end of the block, not at the value.
     */
    static final class TextTooLong extends SAXException {

        TextTooLong(String message) {
            super(message);
        }
    }

    private int run;

    BoundedTextHandler(JDOMFactory factory) {
        super(factory);
    }

    @Override
    public void startElement(String namespaceURI, String localName, String qName, Attributes atts)
            throws SAXException {
        run = 0;
        super.startElement(namespaceURI, localName, qName, atts);
    }

    @Override
    public void endElement(String namespaceURI, String localName, String qName) throws SAXException {
        run = 0;
        super.endElement(namespaceURI, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        run += length;
        if (run > SchemaBounds.MAX_TEXT_RUN) {
            throw new TextTooLong(Elements.path(getCurrentElement()) + ": more than " + SchemaBounds.MAX_TEXT_RUN
                    + " characters of text, longer than any value the schema allows (the longest, remarks, has "
                    + SchemaBounds.REMARKS + ")");
        }
        super.characters(ch, start, length);
    }
}
