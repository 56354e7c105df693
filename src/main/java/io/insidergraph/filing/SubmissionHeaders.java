package io.insidergraph.filing;

import static io.insidergraph.filing.HeaderNames.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Maps a submission header, in either syntax, to the {@link SubmissionHeader} record. */
final class SubmissionHeaders {

    private SubmissionHeaders() {
    }

    static SubmissionHeader read(byte[] content, EnvelopeDetector.Located located) {
        String text = new String(content, located.headerStart(), located.headerEnd() - located.headerStart(),
                StandardCharsets.UTF_8);
        HeaderBlock root = located.envelope() == Envelope.NC_SUBMISSION
                ? NcHeaderReader.read(text)
                : SgmlHeaderReader.read(text);
        return map(root);
    }

    private static SubmissionHeader map(HeaderBlock root) {
        var owners = new ArrayList<HeaderEntity>();
        for (var block : root.all(REPORTING_OWNER)) {
            var entity = entity(block);
            if (entity != null) {
                owners.add(entity);
            }
        }
        var issuerBlock = root.child(ISSUER);
        return new SubmissionHeader(
                Accessions.normalise(root.field(ACCESSION)),
                Values.text(root.field(TYPE)),
                Values.compactDate(root.field(PERIOD)),
                Values.compactDate(root.field(FILED)),
                Values.compactDateTime(root.field(ACCEPTED)),
                issuerBlock == null ? null : entity(issuerBlock),
                owners);
    }

    private static @Nullable HeaderEntity entity(HeaderBlock block) {
        var data = block.child(ENTITY_DATA);
        if (data == null) {
            data = block;
        }
        String cik = Values.cik(data.field(CIK));
        if (cik == null) {
            return null;
        }
        var business = block.child(BUSINESS_ADDRESS);
        String sic = Values.text(data.field(SIC));
        var formerNames = new ArrayList<FormerName>();
        for (var former : block.all(FORMER_NAME)) {
            String name = Values.text(former.field(FORMER_CONFORMED_NAME));
            if (name != null) {
                formerNames.add(new FormerName(name, Values.compactDate(former.field(DATE_CHANGED))));
            }
        }
        return new HeaderEntity(
                cik,
                Values.text(data.field(NAME)),
                sicCode(sic),
                sicDescription(sic),
                Values.text(data.field(STATE_OF_INCORPORATION)),
                Values.text(data.field(FISCAL_YEAR_END)),
                Values.text(data.field(IRS)),
                address(business),
                business == null ? null : Values.text(business.field(PHONE)),
                address(block.child(MAIL_ADDRESS)),
                formerNames);
    }

    /** {@code REAL ESTATE INVESTMENT TRUSTS [6798]} in a SEC-HEADER, a bare {@code 6798} in a SUBMISSION header. */
    private static @Nullable String sicCode(@Nullable String sic) {
        if (sic == null) {
            return null;
        }
        int open = sic.lastIndexOf('[');
        int close = sic.lastIndexOf(']');
        return open >= 0 && close > open ? Values.text(sic.substring(open + 1, close)) : sic;
    }

    private static @Nullable String sicDescription(@Nullable String sic) {
        if (sic == null) {
            return null;
        }
        int open = sic.lastIndexOf('[');
        return open >= 0 ? Values.text(sic.substring(0, open)) : null;
    }

    private static @Nullable Address address(@Nullable HeaderBlock block) {
        if (block == null) {
            return null;
        }
        var fields = List.of(STREET1, STREET2, CITY, STATE, ZIP);
        if (fields.stream().allMatch(f -> block.field(f) == null)) {
            return null;
        }
        return new Address(Values.text(block.field(STREET1)), Values.text(block.field(STREET2)),
                Values.text(block.field(CITY)), Values.text(block.field(STATE)), Values.text(block.field(ZIP)),
                null, null, null, null);
    }
}
