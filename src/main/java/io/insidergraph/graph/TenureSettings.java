package io.insidergraph.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tenure rule's setting ({@code insidergraph.tenure.*}).
 *
 * @param graceDays how many days a role is taken to last after its last report when no later filing of the owner
 *                  for the issuer ended it; the {@code graceDays} argument of a query overrides it (README, "Who
 *                  held a role when", says how the default of 450 was chosen)
 */
@ConfigurationProperties("insidergraph.tenure")
public record TenureSettings(@DefaultValue("450") int graceDays) {

    public TenureSettings {
        if (graceDays < 0 || graceDays > Tenure.MAX_GRACE_DAYS) {
            throw new IllegalArgumentException("insidergraph.tenure.grace-days must be between 0 and "
                    + Tenure.MAX_GRACE_DAYS + ", was " + graceDays);
        }
    }
}
