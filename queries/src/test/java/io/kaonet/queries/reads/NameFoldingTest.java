package io.kaonet.queries.reads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFoldingTest {

    /** Whether the name, folded as Cypher folds it, matches the search text's pattern. */
    private static boolean finds(String text, String name) {
        return NameFolding.fold(name).matches(NameFolding.pattern(text));
    }

    @ParameterizedTest(name = "''{0}'' finds ''{1}''")
    @CsvSource({
            "さくらねっと, さくらネット株式会社",
            "サクラネット, さくらネット株式会社",
            "ｻｸﾗﾈｯﾄ, さくらネット株式会社",
            "つーる, 町田ツール株式会社",
            "ﾂｰﾙ, 町田ツール株式会社",
            "ソフトウェア, 空知ソフトウェア株式会社",
            "ＭＡＣＨＩＤＡ, 町田ツール株式会社 (Machida Tool K.K.)",
            "machida tool, 町田ツール株式会社 (Machida Tool K.K.)",
            "ｋ．ｋ．, Kibo K.K.",
            "a.b, a.b Works",
            "(x, Kaonet (x) Ltd.",
    })
    void findsTheNameWhateverTheWidthCaseOrKanaScript(String text, String name) {
        assertThat(finds(text, name)).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' does not find ''{1}''")
    @CsvSource({
            "さくらねっと, 桜ネット株式会社",
            "a.b, axb Works",
            "ツールズ, 町田ツール株式会社",
    })
    void findsNothingElse(String text, String name) {
        assertThat(finds(text, name)).isFalse();
    }
}
