package io.kaonet.demo;

import io.kaonet.core.model.Actor;
import java.util.Map;

/**
 * A handful of demo actors named in Japanese script, with their romanised name kept beside it:
 * {@code 町田ツール株式会社 (Machida Tool K.K., synthetic)}. They mix kanji, katakana and hiragana so
 * that name search (which ignores full/half width and katakana/hiragana) is exercised on real text.
 * Renaming after generation leaves the generator's random draws, and so every other record, unchanged.
 */
final class JapaneseNames {

    /** Actor id → its name in Japanese script. */
    static final Map<String, String> NAMES = Map.of(
            "tama-co-008", "町田ツール株式会社",
            "tama-co-032", "きぼう精機株式会社",
            "tama-fin-01", "多摩川信用組合",
            "tama-crd-01", "岡田 由美",
            "hok-co-005", "空知ソフトウェア株式会社",
            "hok-co-018", "さくらネット株式会社");

    private JapaneseNames() {
    }

    /** The actor with its Japanese name, or the actor itself when it has none. */
    static Actor apply(Actor actor) {
        String japanese = NAMES.get(actor.id());
        if (japanese == null) {
            return actor;
        }
        String romanised = actor.name().endsWith(Calibration.SYNTHETIC)
                ? actor.name().substring(0, actor.name().length() - Calibration.SYNTHETIC.length()) : actor.name();
        return new Actor(actor.id(), japanese + " (" + romanised + ", synthetic)", actor.kind(), actor.industry(),
                actor.region(), actor.city(), actor.country(), actor.location(), actor.founded(), actor.employees(),
                actor.sme(), actor.technologies(), actor.offers(), actor.seeks());
    }
}
