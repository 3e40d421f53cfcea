package io.kaonet.importers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitySpellingsTest {

    @Nested
    class Keys {

        @ParameterizedTest(name = "{0} and {1} are one city")
        @CsvSource({
                "München, MUNCHEN", "München, Muenchen", "München, MÜNCHEN", "KOELN, Köln", "ZUERICH, Zürich",
                "Düsseldorf, DUSSELDORF", "Straße, STRASSE", "Tōkyō, TOKYO", "Ｔｏｋｙｏ, Tokyo", "ｶﾞﾝﾏ, ガンマ",
                "Frankfurt am Main, FRANKFURT-AM-MAIN", "St. Gallen, ST GALLEN", "Val-d'Oise, VAL D OISE"})
        void spellingsOfOneCityShareAKey(String one, String other) {
            assertThat(CitySpellings.key("DE", one)).isEqualTo(CitySpellings.key("DE", other));
        }

        @ParameterizedTest(name = "{0} and {1} are two cities")
        @CsvSource({"München, Münster", "Köln, Kiel", "かが, かか", "ガンマ, カンマ", "Hachioji, Hachiouji"})
        void differentCitiesKeepDifferentKeys(String one, String other) {
            assertThat(CitySpellings.key("JP", one)).isNotEqualTo(CitySpellings.key("JP", other));
        }

        @ParameterizedTest(name = "{0} and {1}, spellings without a letter, are two cities")
        @CsvSource(value = {"{|}", "-|?", ";|:", "--|-"}, delimiter = '|')
        void aSpellingWithoutALetterOrDigitMeetsOnlyItself(String one, String other) {
            assertThat(CitySpellings.key("JP", one)).isNotEqualTo(CitySpellings.key("JP", other))
                    .isEqualTo(CitySpellings.key("JP", one));
            CitySpellings cities = counted("JP", one, other, other);
            assertThat(cities.chosen("JP", one)).isEqualTo(one);
        }

        @Test
        void theSameSpellingInAnotherCountryIsAnotherCity() {
            assertThat(CitySpellings.key("DE", "Frankfurt")).isNotEqualTo(CitySpellings.key("US", "Frankfurt"))
                    .isNotEqualTo(CitySpellings.key(null, "Frankfurt"));
        }
    }

    @Nested
    class ChosenSpelling {

        @Test
        void theMostFrequentSpellingIsChosen() {
            CitySpellings cities = counted("DE", "MUENCHEN", "München", "MUENCHEN", "Munchen");

            assertThat(cities.chosen("DE", "München")).isEqualTo("MUENCHEN");
            assertThat(cities.chosen("DE", "Munchen")).isEqualTo("MUENCHEN");
        }

        @Test
        void amongEquallyFrequentSpellingsAccentsThenLowerCaseThenStringOrderDecide() {
            assertThat(counted("DE", "KOELN", "KOLN", "Köln", "KÖLN").chosen("DE", "KOLN"))
                    .as("letters outside ASCII, then lower case").isEqualTo("Köln");
            assertThat(counted("JP", "TOKYO", "Ｔｏｋｙｏ", "Tokyo").chosen("JP", "TOKYO"))
                    .as("full-width letters are no accents; among the two in lower case, string order").isEqualTo("Tokyo");
            assertThat(counted("CH", "ZURICH", "ZUERICH").chosen("CH", "ZURICH")).as("string order").isEqualTo("ZUERICH");
        }

        @Test
        void theChoiceIsTheSameInEveryOrderOfTheRows() {
            List<String> rows = new ArrayList<>(List.of("KOELN", "KOLN", "Köln", "KÖLN", "Koeln", "MUENCHEN", "München",
                    "München", "MUNCHEN", "Tokyo", "TOKYO"));
            Random random = new Random(17);
            for (int i = 0; i < 50; i++) {
                Collections.shuffle(rows, random);
                CitySpellings cities = counted("DE", rows.toArray(String[]::new));
                assertThat(cities.chosen("DE", "KOLN")).as("order %s", rows).isEqualTo("Köln");
                assertThat(cities.chosen("DE", "MUNCHEN")).isEqualTo("München");
                assertThat(cities.chosen("DE", "TOKYO")).isEqualTo("Tokyo");
            }
        }

        @Test
        void aSpellingNeverCountedIsItsOwnChoiceAndNullStaysNull() {
            CitySpellings cities = counted("DE", "Köln");

            assertThat(cities.chosen("DE", "Bonn")).isEqualTo("Bonn");
            assertThat(cities.chosen("AT", "KOELN")).isEqualTo("KOELN");
            assertThat(cities.chosen("DE", null)).isNull();
        }
    }

    @Nested
    class Provenance {

        @Test
        void aFoldedActorKeepsTheSpellingItWasReadWith() {
            CitySpellings cities = counted("DE", "München", "München", "MUENCHEN");

            Actor folded = cities.fold(actor("DE", "MUENCHEN", List.of()));

            assertThat(folded.city()).isEqualTo("München");
            assertThat(folded.citySpellings()).containsExactly("MUENCHEN");
        }

        @Test
        void anActorReadWithTheChosenSpellingIsLeftAsItIs() {
            CitySpellings cities = counted("DE", "München", "München", "MUENCHEN");
            Actor read = actor("DE", "München", List.of());

            assertThat(cities.fold(read)).isSameAs(read);
            assertThat(cities.fold(actor(null, null, List.of())).citySpellings()).isEmpty();
        }

        @Test
        void spellingsOfSeveralRowsAreKeptSortedAndOnceAndOtherCitiesAreDropped() {
            CitySpellings cities = counted("DE", "Köln", "Köln", "KOELN", "KOLN", "Bonn");

            Actor folded = cities.fold(actor("DE", "KOLN", List.of("KOELN", "Köln", "KOLN", "Bonn")));

            assertThat(folded.city()).isEqualTo("Köln");
            assertThat(folded.citySpellings()).containsExactly("KOELN", "KOLN");
        }

        @Test
        void foldingTwiceChangesNothing() {
            CitySpellings cities = counted("DE", "Köln", "KOELN", "KOLN");
            Actor once = cities.fold(actor("DE", "KOLN", List.of("KOELN")));

            assertThat(cities.fold(once)).isEqualTo(once);
            assertThat(new CitySpellings().fold(once)).as("with nothing counted").isEqualTo(once);
        }
    }

    private static CitySpellings counted(String country, String... rows) {
        CitySpellings cities = new CitySpellings();
        for (String row : rows) {
            cities.count(country, row);
        }
        return cities;
    }

    private static Actor actor(String country, String city, List<String> spellings) {
        return new Actor("a", "Alpha", ActorKind.COMPANY, null, null, city, country, null, null, null, null, List.of(),
                List.of(), List.of(), spellings);
    }
}
