package io.insidergraph.fetch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Which {@code form.idx} files cover a date range: whole past quarters by their quarterly index, the rest by day. */
final class IndexPlan {

    private static final String FULL_INDEX = "/Archives/edgar/full-index";

    /**
     * One index file.
     *
     * @param archivePath its path under {@code /Archives/edgar/}
     * @param settled     whether its period is over, so that it will not change and may be kept
     */
    record Index(String archivePath, boolean settled) {

        /** A whole quarter's index, which EDGAR always has for a past quarter (a daily one may be missing). */
        boolean quarterly() {
            return archivePath.startsWith(FULL_INDEX);
        }
    }

    private IndexPlan() {
    }

    static List<Index> of(DateRange range, LocalDate today) {
        var plan = new ArrayList<Index>();
        var start = quarterStart(range.from());
        while (!start.isAfter(range.to())) {
            var end = start.plusMonths(3).minusDays(1);
            var quarter = quarterPath(start);
            boolean whole = !range.from().isAfter(start) && !range.to().isBefore(end);
            if (whole && end.isBefore(today)) {
                plan.add(new Index(FULL_INDEX + quarter + "form.idx", true));
            }
            else {
                var last = end.isBefore(range.to()) ? end : range.to();
                for (var day = start.isBefore(range.from()) ? range.from() : start; !day.isAfter(last)
                        && !day.isAfter(today); day = day.plusDays(1)) {
                    if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        plan.add(new Index("/Archives/edgar/daily-index" + quarter + "form."
                                + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".idx", day.isBefore(today)));
                    }
                }
            }
            start = start.plusMonths(3);
        }
        return plan;
    }

    private static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    /** {@code /2025/QTR1/} for a date in January to March 2025. */
    static String quarterPath(LocalDate date) {
        return "/%d/QTR%d/".formatted(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }
}
