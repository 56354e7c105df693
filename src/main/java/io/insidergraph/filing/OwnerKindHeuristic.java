package io.insidergraph.filing;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Tells people from organisations among reporting owners; EDGAR does not say which is which. In order:
 * <ol>
 * <li>The submission header: EDGAR keeps a state of incorporation, an SIC code, an IRS number or a fiscal year end
 * only for companies and funds, so an owner block that has any of them is an organisation.</li>
 * <li>The name: a whole word that only organisations use (INC, LLC, L.P., TRUST, FUND, CAPITAL, PARTNERS,
 * HOLDINGS, CORP, LTD, GROUP, MANAGEMENT, ADVISORS, ...), a trailing dot ignored ("Co."). Dotted abbreviations
 * count only as the partnership forms "L.L.C.", "L.P.", "L.L.P.", so initials like "C.O." do not; only whole words
 * count, so "Vincent" is not INC.</li>
 * <li>Otherwise a person.</li>
 * </ol>
 * One more rule needs knowledge across filings, which a parser of one file does not have: a CIK that is also seen
 * as an issuer is a company. The ingest layer applies it with {@link #refine}.
 */
public final class OwnerKindHeuristic {

    private static final Set<String> ORGANIZATION_WORDS = Set.of(
            "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "LLC", "LP", "LLP", "LTD", "LIMITED",
            "PLC", "TRUST", "TRUSTS", "FUND", "FUNDS", "CAPITAL", "PARTNERS", "PARTNERSHIP", "HOLDINGS", "HOLDING",
            "GROUP", "MANAGEMENT", "ADVISORS", "ADVISERS", "ADVISORY", "ASSOCIATES", "INVESTMENTS", "INVESTORS",
            "VENTURES", "EQUITY", "FOUNDATION", "BANK", "BANCORP", "FINANCIAL", "SECURITIES", "ENTERPRISES",
            "INTERNATIONAL", "GMBH", "SARL", "LLLP", "ULC", "OPPORTUNITIES", "OFFSHORE");

    /** Dotted forms that mean an organisation; other dotted tokens are initials ("A.G.", "C.O."). */
    private static final Set<String> DOTTED_WORDS = Set.of("LLC", "LP", "LLP", "LLLP");

    private OwnerKindHeuristic() {
    }

    /**
     * Applies the cross-filing rule: an owner whose CIK is also known as an issuer is an organisation, whatever the
     * single filing suggested.
     */
    public static OwnerKind refine(ReportingOwner owner, Predicate<String> knownIssuerCik) {
        return knownIssuerCik.test(owner.cik()) ? OwnerKind.ORGANIZATION : owner.kind();
    }

    static OwnerKind classify(@Nullable String name, @Nullable HeaderEntity header) {
        if (header != null && (header.stateOfIncorporation() != null || header.sicCode() != null
                || header.irsNumber() != null || header.fiscalYearEnd() != null)) {
            return OwnerKind.ORGANIZATION;
        }
        return hasOrganizationWord(name) ? OwnerKind.ORGANIZATION : OwnerKind.PERSON;
    }

    static boolean hasOrganizationWord(@Nullable String name) {
        if (name == null) {
            return false;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= upper.length(); i++) {
            if (i == upper.length() || isSeparator(upper.charAt(i))) {
                if (i > start && isOrganizationWord(upper.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == '(' || c == ')' || c == '/';
    }

    private static boolean isOrganizationWord(String token) {
        String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        return word.indexOf('.') >= 0
                ? DOTTED_WORDS.contains(word.replace(".", ""))
                : ORGANIZATION_WORDS.contains(word);
    }
}
