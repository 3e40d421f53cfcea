package io.kaonet.importers.cordis;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One spelling per city and country. CORDIS writes the same city several ways ({@code München},
 * {@code MUNCHEN}, {@code Muenchen}, {@code MÜNCHEN}); they share a key (capitals, accents
 * stripped, {@code ß} as {@code SS}, the German transliterations {@code AE OE UE} folded to
 * {@code A O U}, punctuation and spaces dropped), and every one of them is written as the spelling
 * seen most often under its key in the import (the first seen among equals).
 */
final class CityNames {

    private final Map<String, Map<String, Integer>> spellings = new HashMap<>();

    /** Counts one occurrence of a spelling. */
    void see(String country, String city) {
        if (city != null) {
            spellings.computeIfAbsent(key(country, city), k -> new LinkedHashMap<>()).merge(city, 1, Integer::sum);
        }
    }

    /** The spelling chosen for this city's key, or null for null. */
    String canonical(String country, String city) {
        if (city == null) {
            return null;
        }
        Map<String, Integer> counts = spellings.get(key(country, city));
        if (counts == null) {
            return city;
        }
        String best = city;
        int most = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The key under which spellings of one city meet. */
    static String key(String country, String city) {
        String upper = city.toUpperCase(Locale.ROOT).replace("ß", "SS");
        String stripped = Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String letters = stripped.replaceAll("[^\\p{L}\\p{N}]+", "");
        String folded = letters.replace("AE", "A").replace("OE", "O").replace("UE", "U");
        return (country == null ? "" : country) + "|" + folded;
    }
}
