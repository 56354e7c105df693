package io.insidergraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RPTOWNER_RELATIONSHIP values as found in real quarters (README of the data sets): roles joined with commas, run
 * together without a separator (152 rows in 2022 Q3 alone) and cut at the column's width.
 */
class RelationshipTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Director                         | true  | false | false | false",
            "Officer                          | false | true  | false | false",
            "Director,Officer                 | true  | true  | false | false",
            "Director,TenPercentOwner         | true  | false | true  | false",
            "Other                            | false | false | false | true",
            "TenPercentOwnerOther             | false | false | true  | true",
            "DirectorOther                    | true  | false | false | true",
            "Director,Officer,TenPercentOwn   | true  | true  | true  | false",
            "Director,Officer,TenPercentOwner,Oth | true | true | true | true",
            "DirectorOff                      | true  | true  | false | false",
            "director, officer                | true  | true  | false | false",
            "Director,O                       | true  | false | false | false"})
    void eachRoleIsFoundBySubstringEvenRunTogetherOrCutShort(String value, boolean director, boolean officer,
            boolean tenPercentOwner, boolean other) {
        assertThat(Relationship.parse(value)).isEqualTo(new Relationship(director, officer, tenPercentOwner, other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {"null", "''", "Unknown"})
    void noRoleNamedGivesNoFlag(String value) {
        assertThat(Relationship.parse(value)).isEqualTo(new Relationship(false, false, false, false));
    }
}
