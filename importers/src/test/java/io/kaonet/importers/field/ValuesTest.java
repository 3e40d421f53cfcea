package io.kaonet.importers.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link Values#isoDate} reads exactly what the strict ISO date parser reads from {@code yyyy-MM-dd} text. */
class ValuesTest {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The reading by a pattern and {@link LocalDate#parse}, which the hand-written one replaces. */
    private static LocalDate byParser(String text) {
        if (!ISO.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001-04-01", "2024-02-29", "2023-02-29", "2023-02-30", "2023-04-31", "2023-13-01", "2023-00-10",
            "2023-01-00", "0000-01-01", "9999-12-31", "2023-1-01", "2023-01-1", "23-01-01", "2023/01/01", "2023-01-01 ",
            " 2023-01-01", "+2023-01-01", "2023-01-011", "２０２３-01-01", "2023-0a-01", "", "----------", "2023-01-01T00"})
    void edgeCasesReadAsTheParserReadsThem(String text) {
        assertThat(Values.isoDate(text)).isEqualTo(byParser(text));
    }

    @Test
    void randomTextsOfDateShapeReadAsTheParserReadsThem() {
        Random random = new Random(2001);
        String alphabet = "0123456789-/x ";
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            if (random.nextBoolean()) {
                s.append(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(15), random.nextInt(34)));
            } else {
                for (int c = 0; c < 8 + random.nextInt(4); c++) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            texts.add(s.toString());
        }
        assertThat(texts).allSatisfy(t -> assertThat(Values.isoDate(t)).as(t).isEqualTo(byParser(t)));
        assertThat(texts.stream().filter(t -> byParser(t) != null)).as("valid dates among them").hasSizeGreaterThan(5_000);
    }
}
