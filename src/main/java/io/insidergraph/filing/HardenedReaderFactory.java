package io.insidergraph.filing;

import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.jdom2.JDOMException;
import org.jdom2.input.sax.XMLReaderJDOMFactory;
import org.xml.sax.EntityResolver;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.XMLReader;

/**
 * XMLReaders for JDOM that cannot be made to read anything but the bytes they are given. Built on the JDK's own
 * parser ({@link SAXParserFactory#newDefaultInstance()}), so no other SAX implementation on the classpath is picked
 * up through JAXP lookup. DOCTYPE declarations are a fatal error, which rules out internal entity bombs and
 * external entities at once; external entities, external DTDs and schema access are switched off as well, and the
 * entity resolver refuses every request, in case a later change ever lets a DOCTYPE through. JDOM's SAXBuilder
 * re-applies its own settings to each reader, and would turn external general entities back on unless its builder
 * is configured too ({@link XmlDocuments#configure}); {@code HardenedReaderFactoryTests} checks the reader JDOM ends
 * up parsing with.
 */
final class HardenedReaderFactory implements XMLReaderJDOMFactory {

    static final EntityResolver REFUSE_ALL = (publicId, systemId) -> {
        throw new SAXException("external entity refused: " + systemId);
    };

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String LOCALE = "http://apache.org/xml/properties/locale";

    private final SAXParserFactory factory;

    HardenedReaderFactory() {
        try {
            factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(EXTERNAL_GENERAL, false);
            factory.setFeature(EXTERNAL_PARAMETER, false);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
        } catch (ParserConfigurationException | SAXException e) {
            // the JDK parser knows all of these; failing here means the hardening cannot be trusted
            throw new IllegalStateException("cannot harden the JDK SAX parser", e);
        }
    }

    @Override
    public XMLReader createXMLReader() throws JDOMException {
        try {
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            reader.setEntityResolver(REFUSE_ALL);
            setEnglishMessages(reader);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new JDOMException("cannot create a hardened XMLReader", e);
        }
    }

    /** Error messages name the problem for the rejection report, and are classified; keep them in one language. */
    private static void setEnglishMessages(XMLReader reader) throws SAXException {
        try {
            reader.setProperty(LOCALE, Locale.ENGLISH);
        } catch (SAXNotRecognizedException e) {
            // a parser without the property reports in the default locale; classification then falls back
        }
    }

    @Override
    public boolean isValidating() {
        return false;
    }
}
