package io.insidergraph.filing;

import org.jspecify.annotations.Nullable;

/** A postal address as filed; {@code nonUsAddress} is X0609's {@code rptOwnerNonUSAddressFlag}. */
public record Address(
        @Nullable String street1,
        @Nullable String street2,
        @Nullable String city,
        @Nullable String state,
        @Nullable String zipCode,
        @Nullable String stateDescription,
        @Nullable Boolean nonUsAddress) {
}
