package io.insidergraph.filing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the SGML header of a full EDGAR submission states; absent for bare XML. */
public record SubmissionHeader(
        @Nullable String accessionNumber,
        @Nullable String submissionType,
        @Nullable LocalDate periodOfReport,
        @Nullable LocalDate filedDate,
        @Nullable LocalDateTime acceptedAt,
        @Nullable HeaderEntity issuer,
        List<HeaderEntity> reportingOwners) {

    public SubmissionHeader {
        reportingOwners = List.copyOf(reportingOwners);
    }
}
