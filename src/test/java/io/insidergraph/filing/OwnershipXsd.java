package io.insidergraph.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The SEC's Ownership XML schema as an independent judge, through the JDK's own XSD validator: the XSDs under
 * {@code src/test/resources/ownership-xsd/} (see its README), one set per schema era.
 */
final class OwnershipXsd {

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OwnershipXsd() {
    }

    /** What the schema of the document's form and version finds wrong with it; empty when it is valid. */
    static List<String> problems(byte[] xml, String formType, String schemaVersion) {
        var problems = new ArrayList<String>();
        var validator = schema(formType, schemaVersion).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            problems.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Schema schema(String formType, String version) {
        String era = version.compareTo("X0609") >= 0 ? "x0609"
                : version.compareTo("X0407") >= 0 ? "x0407-x0508" : "before-x0407";
        String file = "ownership-xsd/" + era + "/ownership" + formType.replace("/", "") + "Document.xsd.xml";
        return SCHEMAS.computeIfAbsent(file, f -> {
            URL url = OwnershipXsd.class.getClassLoader().getResource(f);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + f);
            }
            try {
                var factory = SchemaFactory.newDefaultInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                // the form XSD includes the common one beside it
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                return factory.newSchema(new StreamSource(url.toString()));
            } catch (SAXException e) {
                throw new IllegalStateException("cannot read " + f, e);
            }
        });
    }
}
