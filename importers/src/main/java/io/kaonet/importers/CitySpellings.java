package io.kaonet.importers;

import io.kaonet.core.model.Actor;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One spelling per city within an import, whatever the format. Files write one city several ways
 * ({@code München}, {@code MUNCHEN}, {@code Muenchen}, {@code MÜNCHEN}; {@code KOELN}, {@code KOLN},
 * {@code Köln}; {@code ZURICH}, {@code ZUERICH}; {@code Tōkyō}, {@code TOKYO}, {@code Ｔｏｋｙｏ}).
 * Spellings of one country whose {@linkplain #key keys} are equal are one city, and every actor of
 * that city is stored with the city's <em>chosen spelling</em>; the spellings it replaced stay on
 * the actor as {@link Actor#citySpellings()}, its provenance.
 *
 * <p>The chosen spelling is the spelling met most often in the import (counted per row that names
 * the city); among equally frequent ones, the one with the most letters outside ASCII once
 * compatibility forms are folded (the accents and umlauts kept: {@code Köln} before {@code KOELN}),
 * then the one with the most lower-case letters ({@code Köln} before {@code KÖLN}), then the first in
 * {@link String#compareTo} order. Every step depends on the spellings and their counts only, never
 * on the order of the rows, so that the same files in any order give the same cities, and an
 * importer that hands records on before it has read them all (a {@link TwoPassImporter}'s
 * {@code emit}) counts the spellings in a pass of its own first.
 *
 * <p>Usage: {@link #count} every spelling of the import, then {@link #fold} every actor. Complexity:
 * {@link #count} and {@link #chosen} are O(length of the spelling) plus, for {@link #chosen}, O(the
 * spellings of that city); memory is one entry per distinct spelling. Not thread-safe.
 */
public final class CitySpellings {

    /** Combining diacritical marks (accents, umlaut dots, cedillas); kana's voicing marks are not among them. */
    private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036f]+");
    /** What is not part of a name: neither letter, nor mark left after the accents (kana's voicing), nor digit. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    /** Among equally frequent spellings, the first by this order is chosen. */
    private static final Comparator<String> PREFERRED = Comparator
            .comparingLong(CitySpellings::nonAsciiLetters).reversed()
            .thenComparing(Comparator.comparingLong(CitySpellings::lowerCaseLetters).reversed())
            .thenComparing(Comparator.naturalOrder());

    /** Per key, each spelling met and how often. */
    private final Map<String, Map<String, Integer>> spellings = new HashMap<>();

    /** Counts one row's spelling of a city; a null city counts nothing. */
    public void count(String country, String city) {
        if (city != null) {
            spellings.computeIfAbsent(key(country, city), k -> new HashMap<>()).merge(city, 1, Integer::sum);
        }
    }

    /**
     * The chosen spelling of the city {@code city} spells: see the class comment. A spelling never
     * counted is its own choice; null gives null.
     */
    public String chosen(String country, String city) {
        if (city == null) {
            return null;
        }
        Map<String, Integer> counts = spellings.get(key(country, city));
        if (counts == null) {
            return city;
        }
        String best = null;
        int most = 0;
        for (var e : counts.entrySet()) {
            int n = e.getValue();
            if (n > most || n == most && PREFERRED.compare(e.getKey(), best) < 0) {
                best = e.getKey();
                most = n;
            }
        }
        return best;
    }

    /**
     * The actor with its city's chosen spelling. Its {@link Actor#citySpellings()} become every
     * spelling of that city it was read with ({@code city} and the spellings it already carries, as
     * an importer that merges several rows into one actor gives them) other than the chosen one,
     * each once, sorted; spellings of another city among them are dropped.
     *
     * @throws NullPointerException if {@code actor} is null
     */
    public Actor fold(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        String city = actor.city();
        if (city == null) {
            return actor.citySpellings().isEmpty() ? actor : actor.withCity(null, List.of());
        }
        String key = key(actor.country(), city);
        String chosen = chosen(actor.country(), city);
        TreeSet<String> replaced = new TreeSet<>();
        replaced.add(city);
        for (String s : actor.citySpellings()) {
            if (key(actor.country(), s).equals(key)) {
                replaced.add(s);
            }
        }
        replaced.remove(chosen);
        List<String> provenance = List.copyOf(replaced);
        return chosen.equals(city) && provenance.equals(actor.citySpellings()) ? actor : actor.withCity(chosen, provenance);
    }

    /**
     * The key under which the spellings of one city meet: the country, then the city in
     * compatibility decomposition (NFKD: full-width letters become ASCII, half-width katakana
     * full-width, an accented letter its letter and accent), without combining diacritical marks
     * (U+0300–U+036F), in capitals ({@code ß} as {@code SS}), with the German transliterations
     * {@code AE}, {@code OE}, {@code UE} as {@code A}, {@code O}, {@code U}, and without anything
     * that is neither letter, nor digit, nor another mark (spaces, hyphens, dots, apostrophes go;
     * kana's voicing marks stay, so {@code ガ} and {@code カ} remain apart while half-width
     * {@code ｶﾞ} meets {@code ガ}). Romanisations that differ in more than these (long vowels:
     * {@code Hachioji}, {@code Hachiouji}) stay apart. A spelling left with no letter or digit
     * ({@code -}, {@code {}}) is its own key: it meets only itself.
     *
     * @throws NullPointerException if {@code city} is null
     */
    public static String key(String country, String city) {
        String decomposed = ACCENTS.matcher(Normalizer.normalize(city, Normalizer.Form.NFKD)).replaceAll("");
        String letters = NOT_LETTER_OR_DIGIT.matcher(decomposed.toUpperCase(Locale.ROOT)).replaceAll("");
        String folded = letters.replace("AE", "A").replace("OE", "O").replace("UE", "U");
        // A spelling without a letter or digit ("-", "{", "?") names nothing these rules can compare:
        // it is its own city, met only by the same text.
        return (country == null ? "" : country) + (folded.isEmpty() ? "||" + city : "|" + folded);
    }

    private static long nonAsciiLetters(String spelling) {
        return Normalizer.normalize(spelling, Normalizer.Form.NFKC).codePoints()
                .filter(c -> c > 0x7f && Character.isLetter(c)).count();
    }

    private static long lowerCaseLetters(String spelling) {
        return spelling.codePoints().filter(Character::isLowerCase).count();
    }
}
