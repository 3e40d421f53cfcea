package io.kaonet.queries.reads;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a name search text is compared with names: NFKC (full-width Latin letters and digits become
 * half-width, half-width katakana becomes full-width with its voicing marks composed), lower case,
 * and either kana script for each kana letter. Names are folded the same way inside Cypher
 * ({@code toLower(normalize(name, NFKC))}); the kana fold is a regular expression, passed as a
 * parameter, in which each kana letter of the text matches its hiragana or its katakana form, so
 * "さくらねっと", "サクラネット" and "ｻｸﾗﾈｯﾄ" all find "さくらネット株式会社". Written here because neither
 * Java nor Cypher has a kana fold; the two scripts sit at a fixed offset in Unicode.
 */
final class NameFolding {

    private static final char HIRAGANA_FIRST = '\u3041';
    private static final char HIRAGANA_LAST = '\u3096';
    private static final char KATAKANA_FIRST = '\u30A1';
    private static final char KATAKANA_LAST = '\u30F6';
    private static final int KANA_OFFSET = KATAKANA_FIRST - HIRAGANA_FIRST;

    private NameFolding() {
    }

    /** The text as names are compared: NFKC, lower case. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** A regular expression (Java syntax, as Cypher's {@code =~} reads it) matching folded names that contain the text. */
    static String pattern(String text) {
        String folded = fold(text);
        StringBuilder regex = new StringBuilder("(?s).*");
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (c >= HIRAGANA_FIRST && c <= HIRAGANA_LAST) {
                regex.append('[').appendCodePoint(c).appendCodePoint(c + KANA_OFFSET).append(']');
            } else if (c >= KATAKANA_FIRST && c <= KATAKANA_LAST) {
                regex.append('[').appendCodePoint(c - KANA_OFFSET).appendCodePoint(c).append(']');
            } else {
                regex.append(Pattern.quote(new String(Character.toChars(c))));
            }
        }
        return regex.append(".*").toString();
    }
}
