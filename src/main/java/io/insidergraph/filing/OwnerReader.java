package io.insidergraph.filing;

import static io.insidergraph.filing.Elements.child;
import static io.insidergraph.filing.Elements.text;

import java.util.ArrayList;
import java.util.List;

import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

import io.insidergraph.filing.FilingParseException.Reason;

/** Reads the issuer and the reporting owners, whose CIKs are required and normalised to 10 digits. */
final class OwnerReader {

    private static final Address EMPTY_ADDRESS = new Address(null, null, null, null, null, null, null, null, null);

    private OwnerReader() {
    }

    static Issuer issuer(String source, Element root) throws FilingParseException {
        Element issuer = child(root, "issuer");
        String cik = requireCik(source, "issuer/issuerCik", text(issuer, "issuerCik"));
        return new Issuer(cik, text(issuer, "issuerName"), text(issuer, "issuerTradingSymbol"),
                text(issuer, "issuerForeignTradingSymbol"));
    }

    static List<ReportingOwner> owners(String source, Element root, @Nullable SubmissionHeader header)
            throws FilingParseException {
        List<Element> elements = Elements.children(root, "reportingOwner");
        var owners = new ArrayList<ReportingOwner>(elements.size());
        for (Element owner : elements) {
            Element id = child(owner, "reportingOwnerId");
            Element relationship = child(owner, "reportingOwnerRelationship");
            String cik = requireCik(source, Elements.path(owner) + "/reportingOwnerId/rptOwnerCik",
                    text(id, "rptOwnerCik"));
            if (relationship == null) {
                // required by the schema, and a record cannot show that it was missing: checked here
                throw new FilingParseException(source, Reason.MISSING_REQUIRED_FIELD,
                        "no " + Elements.path(owner) + "/reportingOwnerRelationship");
            }
            String name = text(id, "rptOwnerName");
            owners.add(new ReportingOwner(
                    cik,
                    name,
                    address(child(owner, "reportingOwnerAddress")),
                    flag(relationship, "isDirector"),
                    flag(relationship, "isOfficer"),
                    flag(relationship, "isTenPercentOwner"),
                    flag(relationship, "isOther"),
                    text(relationship, "officerTitle"),
                    text(relationship, "otherText"),
                    OwnerKindHeuristic.classify(name, headerEntity(header, cik))));
        }
        return owners;
    }

    /** X0609 added the non-US flag, state/territory and country; earlier addresses lack them. */
    private static @Nullable Address address(@Nullable Element a) {
        if (a == null) {
            return null;
        }
        var address = new Address(
                text(a, "rptOwnerStreet1"),
                text(a, "rptOwnerStreet2"),
                text(a, "rptOwnerCity"),
                text(a, "rptOwnerState"),
                text(a, "rptOwnerZipCode"),
                text(a, "rptOwnerStateDescription"),
                Values.bool(text(a, "rptOwnerNonUSAddressFlag")),
                text(a, "rptOwnerNonUSStateTerritory"),
                text(a, "rptOwnerCountry"));
        return address.equals(EMPTY_ADDRESS) ? null : address;
    }

    private static boolean flag(@Nullable Element relationship, String name) {
        return Boolean.TRUE.equals(Values.bool(text(relationship, name)));
    }

    private static @Nullable HeaderEntity headerEntity(@Nullable SubmissionHeader header, String cik) {
        if (header == null) {
            return null;
        }
        for (HeaderEntity entity : header.reportingOwners()) {
            if (entity.cik().equals(cik)) {
                return entity;
            }
        }
        return null;
    }

    private static String requireCik(String source, String field, @Nullable String raw) throws FilingParseException {
        if (raw == null) {
            throw new FilingParseException(source, Reason.MISSING_REQUIRED_FIELD, "no " + field);
        }
        String cik = Values.cik(raw);
        if (cik == null) {
            throw new FilingParseException(source, Reason.MISSING_REQUIRED_FIELD,
                    field + " '" + raw + "' is not a CIK");
        }
        return cik;
    }
}
