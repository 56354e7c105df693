package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * john-friedman/datamule-python keeps, for each of its 345 bare ownership XMLs, the EDGAR submission header it came
 * with (sec_header_metadata/&lt;accession&gt;/metadata.json at ba5a99bb9192, copied to {@code groundtruth/datamule/}).
 * The XML alone must agree with that header: accession (from the folder name), form type, period, issuer CIK and
 * the reporting owners' CIKs.
 */
class DatamuleHeaderGroundTruthTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FOLDER = "john-friedman__datamule-python/";

    static Stream<Corpus.Entry> datamuleFiles() {
        return Corpus.manifest().stream().filter(e -> e.file().startsWith(FOLDER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datamuleFiles")
    void theXmlAgreesWithItsSubmissionHeader(Corpus.Entry entry) throws FilingParseException {
        String accessionFolder = entry.file().substring(FOLDER.length(), entry.file().indexOf('/', FOLDER.length()));
        JsonNode header = JSON.readTree(Corpus.resource("groundtruth/datamule/" + accessionFolder + "/metadata.json"))
                .get("submission");

        OwnershipFiling filing = Corpus.parse(entry.file());

        assertThat(filing.accessionNumber()).isEqualTo(header.get("ACCESSION-NUMBER").asString());
        assertThat(filing.accessionSource()).isEqualTo(AccessionSource.FILE_NAME);
        assertThat(filing.formType()).isEqualTo(header.get("TYPE").asString());
        assertThat(filing.periodOfReport()).isEqualTo(
                LocalDate.parse(header.get("PERIOD").asString(), DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(filing.issuer().cik()).isEqualTo(header.at("/ISSUER/0/COMPANY-DATA/CIK").asString());
        var ownerCiks = new ArrayList<String>();
        header.get("REPORTING-OWNER").forEach(o -> ownerCiks.add(o.at("/OWNER-DATA/CIK").asString()));
        assertThat(filing.reportingOwners()).extracting(ReportingOwner::cik)
                .containsExactlyInAnyOrderElementsOf(List.copyOf(ownerCiks));
    }
}
