package io.insidergraph.filing;

import java.util.Set;

import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

import io.insidergraph.filing.FilingParseException.Reason;

/**
 * What kind of ownership document this is, decided before any field is read: the form type ("3" ... "5/A") and the
 * schema version. Every version in the corpus, X0202 to X0609, is read by the same field readers (later versions only
 * add optional elements, which earlier documents simply lack), so the version is recorded, not branched on.
 */
record DocumentProfile(String formType, @Nullable String schemaVersion) {

    static final String ROOT = "ownershipDocument";

    private static final Set<String> FORM_TYPES = Set.of("3", "3/A", "4", "4/A", "5", "5/A");

    /**
     * @param headerType the submission header's form type, used only when the document states none
     */
    static DocumentProfile detect(String source, Element root, @Nullable String headerType)
            throws FilingParseException {
        if (!root.getName().equals(ROOT)) {
            throw new FilingParseException(source, Reason.NOT_OWNERSHIP_DOCUMENT,
                    "the XML root is <" + root.getName() + ">, not <" + ROOT + ">");
        }
        String stated = Elements.text(root, "documentType");
        String formType = normalise(stated != null ? stated : headerType);
        if (formType == null) {
            throw new FilingParseException(source, Reason.MISSING_REQUIRED_FIELD, "no documentType");
        }
        if (!FORM_TYPES.contains(formType)) {
            throw new FilingParseException(source, Reason.NOT_OWNERSHIP_DOCUMENT,
                    "documentType " + formType + " is not a Form 3, 4 or 5");
        }
        return new DocumentProfile(formType, Elements.text(root, "schemaVersion"));
    }

    /** The normalised form type when it is one of Forms 3, 4, 5 and their amendments, else null. */
    static @Nullable String formType(@Nullable String raw) {
        String formType = normalise(raw);
        return formType != null && FORM_TYPES.contains(formType) ? formType : null;
    }

    /** "4A" and "4/a" as some tools write them are the amendment "4/A". */
    private static @Nullable String normalise(@Nullable String raw) {
        String t = Values.text(raw);
        if (t == null) {
            return null;
        }
        t = t.toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        return t.length() == 2 && t.charAt(1) == 'A' ? t.charAt(0) + "/A" : t;
    }
}
