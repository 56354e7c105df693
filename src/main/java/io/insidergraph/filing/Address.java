package io.insidergraph.filing;

import org.jspecify.annotations.Nullable;

/**
 * A postal address as filed. The last three come from X0609 reporting-owner addresses:
 * {@code nonUsAddress} is {@code rptOwnerNonUSAddressFlag}, {@code nonUsStateTerritory} is
 * {@code rptOwnerNonUSStateTerritory}, {@code country} is the EDGAR country code in {@code rptOwnerCountry}.
 */
public record Address(
        @Nullable String street1,
        @Nullable String street2,
        @Nullable String city,
        @Nullable String state,
        @Nullable String zipCode,
        @Nullable String stateDescription,
        @Nullable Boolean nonUsAddress,
        @Nullable String nonUsStateTerritory,
        @Nullable String country) {
}
