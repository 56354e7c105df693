package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class ValuesTests {

    @Test
    void booleansAsFilersWriteThem() {
        assertThat(Values.bool("1")).isTrue();
        assertThat(Values.bool(" true ")).isTrue();
        assertThat(Values.bool("TRUE")).isTrue();
        assertThat(Values.bool("0")).isFalse();
        assertThat(Values.bool("false")).isFalse();
        assertThat(Values.bool("")).isNull();
        assertThat(Values.bool("  ")).isNull();
        assertThat(Values.bool(null)).isNull();
        assertThat(Values.bool("maybe")).isNull();
    }

    @Test
    void datesKeepTheCalendarDayAndDropAZone() {
        assertThat(Values.date("2024-07-19")).isEqualTo(LocalDate.of(2024, 7, 19));
        assertThat(Values.date("2024-07-19-05:00")).isEqualTo(LocalDate.of(2024, 7, 19));
        assertThat(Values.date("2024-07-19+01:00")).isEqualTo(LocalDate.of(2024, 7, 19));
        assertThat(Values.date("2024-07-19Z")).isEqualTo(LocalDate.of(2024, 7, 19));
        assertThat(Values.date("2024-02-30")).isNull();
        assertThat(Values.date("07/19/2024")).isNull();
        assertThat(Values.compactDate("20250515")).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(Values.compactDateTime("20250515161727")).isEqualTo(LocalDateTime.of(2025, 5, 15, 16, 17, 27));
    }

    @Test
    void numbersWithSeparatorsKeepTheirScale() {
        assertThat(Values.number("8,961")).isEqualTo(new BigDecimal("8961"));
        assertThat(Values.number(" 1 234 567.50 ")).isEqualTo(new BigDecimal("1234567.50"));
        assertThat(Values.number("$9.50")).isEqualTo(new BigDecimal("9.50"));
        assertThat(Values.number("134018.0")).isEqualTo(new BigDecimal("134018.0"));
        assertThat(Values.number("N/A")).isNull();
        assertThat(Values.number("")).isNull();
    }

    @Test
    void numbersKeepTheirScaleWhateverTheirSpelling() {
        assertThat(Values.number("0.05")).isEqualTo(new BigDecimal("0.05"));
        assertThat(Values.number(".5")).isEqualTo(new BigDecimal("0.5"));
        assertThat(Values.number("007")).isEqualTo(new BigDecimal("7"));
        assertThat(Values.number("1000")).isEqualTo(new BigDecimal("1000"));
        assertThat(Values.number("1E3")).isEqualTo(new BigDecimal("1E3"));
        assertThat(Values.number("1.5E1")).isEqualTo(new BigDecimal("15"));
        assertThat(Values.number("-0")).isEqualTo(new BigDecimal("0"));
        assertThat(Values.number("0.0000")).isEqualTo(new BigDecimal("0.0000"));
        assertThat(Values.number("999999999999.9999")).isEqualTo(new BigDecimal("999999999999.9999"));
        // trailing zeros past four places are not significant: the value is kept, at four places
        assertThat(Values.number("1.500000")).isEqualTo(new BigDecimal("1.5000"));
        assertThat(Values.number("0".repeat(100_000) + "42")).isEqualTo(new BigDecimal("42"));
    }

    @Test
    void numbersTheSchemaDoesNotAllowAreRefused() {
        for (String refused : new String[] {"1E400", "1E-400", "-1", "Infinity", "-inf", "NaN", "1.00001",
                "1000000000000", "9".repeat(1_000_000)}) {
            assertThatExceptionOfType(InvalidValueException.class).as(refused.substring(0, Math.min(20,
                    refused.length()))).isThrownBy(() -> Values.number(refused));
        }
    }

    @Test
    void ciksAreTenDigits() {
        assertThat(Values.cik("343434")).isEqualTo("0000343434");
        assertThat(Values.cik(" 0001043219 ")).isEqualTo("0001043219");
        assertThat(Values.cik("000001043219")).isEqualTo("0001043219");
        assertThat(Values.cik("12345678901")).isNull();
        assertThat(Values.cik("12a4")).isNull();
    }

    @Test
    void accessionNumbersFromNamesHeadersAndHashes() {
        assertThat(Accessions.fromSourceName("data/000089924317024441/doc4.xml")).isEqualTo("0000899243-17-024441");
        assertThat(Accessions.fromSourceName("0000899243-17-024441.txt")).isEqualTo("0000899243-17-024441");
        assertThat(Accessions.fromSourceName("x/000032012123000040_form4.xml")).isEqualTo("0000320121-23-000040");
        assertThat(Accessions.fromSourceName("C:\\edgar\\0001610717-23-000035\\primary_doc.xml"))
                .isEqualTo("0001610717-23-000035");
        assertThat(Accessions.fromSourceName("000089924317024441/sub/doc4.xml")).as("only the parent folder")
                .isNull();
        assertThat(Accessions.fromSourceName("0000899243170244411.xml")).as("19 digits is no accession").isNull();
        assertThat(Accessions.normalise("0001628280-25-025936")).isEqualTo("0001628280-25-025936");
        assertThat(Accessions.normalise("000162828025025936")).isEqualTo("0001628280-25-025936");
        assertThat(Accessions.fromHash(new byte[] {0x19, 0x2e, 0x3a, (byte) 0xc8, 0x07, (byte) 0xbb, (byte) 0xc8,
                0x6d, 0x01})).isEqualTo("hash-192e3ac807bbc86d");
    }
}
