package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.StringReader;

import javax.xml.XMLConstants;

import org.jdom2.JDOMException;
import org.jdom2.UncheckedJDOMFactory;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The hardening survives JDOM: the XMLReader a SAXBuilder actually parses with, after JDOM's own
 * {@code configureParser} has set it up, still refuses DOCTYPEs and external entities, and is the JDK's parser.
 * (Regression: JDOM's default "expand entities" had switched external general entities back on; DOCTYPEs were
 * refused all along, so no entity could be declared, but the second line of defence was down.)
 */
class HardenedReaderFactoryTests {

    /** Captures the reader JDOM configured, as a build uses it. */
    private static final class CapturingBuilder extends SAXBuilder {
        XMLReader configured;

        CapturingBuilder() {
            super(new HardenedReaderFactory(), null, new UncheckedJDOMFactory());
        }

        @Override
        protected void configureParser(XMLReader parser, SAXHandler handler) throws JDOMException {
            super.configureParser(parser, handler);
            configured = parser;
        }
    }

    @Test
    void theReaderJdomParsesWithKeepsEveryHardeningFeature() throws Exception {
        var builder = XmlDocuments.configure(new CapturingBuilder());
        builder.build(new StringReader("<ownershipDocument/>"));
        XMLReader reader = builder.configured;

        assertThat(reader.getClass().getName()).startsWith("com.sun.org.apache.xerces.internal.");
        assertThat(reader.getFeature("http://apache.org/xml/features/disallow-doctype-decl")).isTrue();
        assertThat(reader.getFeature("http://xml.org/sax/features/external-general-entities")).isFalse();
        assertThat(reader.getFeature("http://xml.org/sax/features/external-parameter-entities")).isFalse();
        assertThat(reader.getFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd")).isFalse();
        assertThat(reader.getFeature(XMLConstants.FEATURE_SECURE_PROCESSING)).isTrue();
        assertThat(reader.getProperty(XMLConstants.ACCESS_EXTERNAL_DTD)).isEqualTo("");
        assertThat(reader.getProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA)).isEqualTo("");
        assertThatExceptionOfType(SAXException.class)
                .isThrownBy(() -> reader.getEntityResolver().resolveEntity(null, "http://127.0.0.1/x"))
                .withMessage("external entity refused: http://127.0.0.1/x");
    }
}
