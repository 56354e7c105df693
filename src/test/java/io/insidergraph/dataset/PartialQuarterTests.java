package io.insidergraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real 2024 Q3 tables as far as the project has them (five of eight, zipped with the SEC's readme and metadata:
 * {@code datasets/2024q3-partial.zip}, see NOTE.md beside it). Without REPORTINGOWNER no filing can be complete, so
 * the reader gives none, and says for each of the 36,075 accessions which tables are missing, instead of silently
 * giving nothing or filings without owners, transactions and footnotes.
 */
class PartialQuarterTests {

    @TempDir
    Path temp;

    @Test
    void everyAccessionIsRejectedNamingTheThreeMissingTables() throws Exception {
        var read = Datasets.readZip(temp, Datasets.PARTIAL_QUARTER);

        assertThat(read.counts().rows()).isEqualTo(Map.of(DatasetTable.SUBMISSION, 36_075L,
                DatasetTable.DERIV_TRANS, 19_003L, DatasetTable.DERIV_HOLDING, 8_136L,
                DatasetTable.NONDERIV_HOLDING, 17_897L, DatasetTable.OWNER_SIGNATURE, 39_236L));
        assertThat(read.missing()).containsExactlyInAnyOrder(DatasetTable.REPORTINGOWNER, DatasetTable.NONDERIV_TRANS,
                DatasetTable.FOOTNOTES);
        assertThat(read.filings()).isEmpty();
        assertThat(read.rejects()).hasSize(36_075).allSatisfy(reject -> assertThat(reject).endsWith(
                ": the data set lacks the tables REPORTINGOWNER, NONDERIV_TRANS, FOOTNOTES (found SUBMISSION,"
                        + " NONDERIV_HOLDING, DERIV_TRANS, DERIV_HOLDING, OWNER_SIGNATURE), so none of its filings"
                        + " would be complete"));
        assertThat(read.rejects()).contains("0001967680-24-000113: the data set lacks the tables REPORTINGOWNER,"
                + " NONDERIV_TRANS, FOOTNOTES (found SUBMISSION, NONDERIV_HOLDING, DERIV_TRANS, DERIV_HOLDING,"
                + " OWNER_SIGNATURE), so none of its filings would be complete");
    }
}
