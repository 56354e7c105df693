package io.insidergraph.dataset;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The four role flags in {@code RPTOWNER_RELATIONSHIP}, which joins the roles with commas ({@code Director,Officer}).
 * Real quarters also hold roles run together ({@code TenPercentOwnerOther}, {@code DirectorOther}) and values cut
 * at the column's width ({@code Director,Officer,TenPercentOwn}), so each role is found by a substring test on the
 * upper-cased value, and a value that ends in the start of a role name (at least two letters, naming one role only)
 * is read as that role cut short.
 */
record Relationship(boolean director, boolean officer, boolean tenPercentOwner, boolean other) {

    private static final List<String> ROLES = List.of("DIRECTOR", "OFFICER", "TENPERCENTOWNER", "OTHER");

    static Relationship parse(@Nullable String raw) {
        var found = new boolean[ROLES.size()];
        if (raw != null) {
            var value = raw.toUpperCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("%", "PERCENT")
                    .replace("10PERCENT", "TENPERCENT");
            for (int i = 0; i < ROLES.size(); i++) {
                found[i] = value.contains(ROLES.get(i));
            }
            int cut = cutRole(value);
            if (cut >= 0) {
                found[cut] = true;
            }
        }
        return new Relationship(found[0], found[1], found[2], found[3]);
    }

    /** The one role whose name the value ends in the start of (two letters or more), or -1. */
    private static int cutRole(String value) {
        int match = -1;
        for (int i = 0; i < ROLES.size(); i++) {
            var role = ROLES.get(i);
            for (int length = Math.min(role.length() - 1, value.length()); length >= 2; length--) {
                if (value.endsWith(role.substring(0, length)) && startsToken(value, value.length() - length)) {
                    if (match >= 0 && match != i) {
                        return -1;
                    }
                    match = i;
                    break;
                }
            }
        }
        return match;
    }

    /**
     * A cut role starts where a role may: at the start, after a separator, or right after a whole role name (run
     * together, as in {@code TenPercentOwnerOth}).
     */
    private static boolean startsToken(String value, int at) {
        if (at == 0 || !Character.isLetter(value.charAt(at - 1))) {
            return true;
        }
        for (var role : ROLES) {
            if (value.startsWith(role, at - role.length()) && at >= role.length()) {
                return true;
            }
        }
        return false;
    }
}
