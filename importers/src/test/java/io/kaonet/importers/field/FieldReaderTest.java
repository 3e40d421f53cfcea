package io.kaonet.importers.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldReaderTest {

    @Test
    void cordisDecimalCommaAndThousandsSeparatorsAreRead() {
        assertThat(FieldReader.decimalWithComma("2835524,25")).isEqualTo(2835524.25);
        assertThat(FieldReader.decimalWithComma("1.234.567,5")).isEqualTo(1234567.5);
        assertThat(FieldReader.decimalWithComma("1,234,567.5")).isEqualTo(1234567.5);
        assertThat(FieldReader.decimalWithComma("1499998.0")).isEqualTo(1499998.0);
        assertThat(FieldReader.decimalWithComma("12,5,6")).isNull();
        assertThat(FieldReader.decimalWithComma("NaN")).isNull();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"int,12,true", "int,12.0,false", "long,-7,true", "double,1.5e3,true", "double,1;5,false",
            "boolean,TRUE,true", "boolean,yes,false", "date,2003-04-01,true", "date,2003-02-30,false", "string,anything,true"})
    void neo4jAdminTypesAreCheckedByTheSameRules(String type, String text, boolean fits) {
        assertThat(FieldReader.fitsType(type, text)).isEqualTo(fits);
    }
}
