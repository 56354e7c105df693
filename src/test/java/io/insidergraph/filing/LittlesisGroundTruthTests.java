package io.insidergraph.filing;

import static io.insidergraph.filing.Golden.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The facts public-accountability/littlesis-rails asserts in spec/lib/sec_spec.rb (at 8f13fee32b29, copied to
 * {@code groundtruth/littlesis/}) about the two corpus submissions it reads. littlesis keeps dates as filed
 * ("2014-02-03-05:00") and flags as strings; here they are a date and booleans. Its {@code date_filed} is index
 * metadata handed to the parser (2019-05-21), not read from the file, whose header says FILED AS OF DATE 20190523;
 * the file's value is asserted. The roster and eep_document.json examples concern files not in the corpus.
 */
class LittlesisGroundTruthTests {

    @Test
    void goldmanForm4() throws FilingParseException {
        OwnershipFiling filing = Corpus.parse("public-accountability__littlesis-rails/0000769993-14-000090.txt");

        assertThat(filing.formType()).isEqualTo("4");
        assertThat(filing.issuer()).isEqualTo(new Issuer("0000886982", "GOLDMAN SACHS GROUP INC", "GS", null));
        assertThat(filing.periodOfReport()).as("littlesis: 2014-02-03-05:00").isEqualTo(date("2014-02-03"));
        assertThat(filing.reportingOwners()).hasSize(1);
    }

    @Test
    void avantorWithNineJointFilers() throws FilingParseException {
        OwnershipFiling filing = Corpus.parse("public-accountability__littlesis-rails/0000769993-19-000383.txt");

        assertThat(filing.formType()).isEqualTo("4");
        assertThat(filing.reportingOwners()).extracting(ReportingOwner::cik).containsExactly("0000769993",
                "0000886982", "0001698770", "0001698772", "0001729503", "0001575993", "0001708241", "0001729502",
                "0001615636");
        ReportingOwner first = filing.reportingOwners().getFirst();
        assertThat(first.name()).isEqualTo("GOLDMAN SACHS & CO. LLC");
        assertThat(first.address().city() + " " + first.address().state() + " " + first.address().zipCode())
                .as("littlesis location").isEqualTo("NEW YORK NY 10282");
        assertThat(first.isDirector()).isFalse();
        assertThat(first.isOfficer()).isFalse();
        assertThat(first.isTenPercentOwner()).isTrue();
        assertThat(first.isOther()).isFalse();
        assertThat(first.officerTitle()).isNull();
        assertThat(filing.filedDate()).as("header FILED AS OF DATE, not littlesis's index date")
                .isEqualTo(date("2019-05-23"));
        assertThat(filing.periodOfReport()).isEqualTo(date("2019-05-21"));
    }
}
