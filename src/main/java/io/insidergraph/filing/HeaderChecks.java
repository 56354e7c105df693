package io.insidergraph.filing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.insidergraph.filing.FilingValidator.Check;

/**
 * The SGML submission header's part of {@link FilingValidator}. The Ownership XML schema does not cover the header,
 * but its names and addresses are EDGAR's records of the same issuer and owners that the XML names, and they are
 * merged into the same graph entities: they get the bounds of their XML counterparts (a conformed or former name
 * those of {@code rptOwnerName}, addresses those of {@code REPORTING_ADDRESS}). The header's other fields (SIC,
 * state of incorporation, fiscal year end, IRS number, phone) have no counterpart, and get the longest of those
 * bounds, a name's, so that none can carry more than a name.
 */
final class HeaderChecks {

    private HeaderChecks() {
    }

    static void header(Check check, SubmissionHeader header) throws FilingParseException {
        check.length("", "header/submissionType", header.submissionType(), SchemaBounds.NAME);
        if (header.issuer() != null) {
            entity(check, "header/issuer/", header.issuer());
        }
        List<HeaderEntity> owners = header.reportingOwners();
        for (int i = 0; i < owners.size(); i++) {
            entity(check, "header/reportingOwner[" + (i + 1) + "]/", owners.get(i));
        }
    }

    private static void entity(Check check, String at, HeaderEntity entity) throws FilingParseException {
        check.cik(at, "cik", entity.cik());
        check.length(at, "name", entity.name(), SchemaBounds.NAME);
        check.length(at, "sicCode", entity.sicCode(), SchemaBounds.NAME);
        check.length(at, "sicDescription", entity.sicDescription(), SchemaBounds.NAME);
        check.length(at, "stateOfIncorporation", entity.stateOfIncorporation(), SchemaBounds.NAME);
        check.length(at, "fiscalYearEnd", entity.fiscalYearEnd(), SchemaBounds.NAME);
        check.length(at, "irsNumber", entity.irsNumber(), SchemaBounds.NAME);
        check.length(at, "businessPhone", entity.businessPhone(), SchemaBounds.NAME);
        address(check, at + "businessAddress/", entity.businessAddress());
        address(check, at + "mailAddress/", entity.mailAddress());
        for (int i = 0; i < entity.formerNames().size(); i++) {
            check.length(at, "formerName[" + (i + 1) + "]", entity.formerNames().get(i).name(), SchemaBounds.NAME);
        }
    }

    private static void address(Check check, String at, @Nullable Address address)
            throws FilingParseException {
        if (address == null) {
            return;
        }
        check.length(at, "street1", address.street1(), SchemaBounds.STREET);
        check.length(at, "street2", address.street2(), SchemaBounds.STREET);
        check.length(at, "city", address.city(), SchemaBounds.CITY);
        check.length(at, "state", address.state(), SchemaBounds.STATE_OR_COUNTRY);
        check.length(at, "zipCode", address.zipCode(), SchemaBounds.ZIP);
    }
}
