package io.kaonet.api.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.core.model.Actor;
import io.kaonet.importers.demo.DemoNetworkGenerator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Name search ({@code actors(filter: {nameContains})}) on the demo actors named in Japanese: the
 * width of the letters and the kana script of the text do not matter.
 */
class ActorSearchGraphQlIT extends ApiIntegrationTest {

    private static final Map<String, String> NAMES = new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.defaults()).generate()
            .batch().actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));

    @ParameterizedTest(name = "''{0}'' finds {1}")
    @CsvSource({
            "さくらねっと, hok-co-018",
            "ｻｸﾗﾈｯﾄ, hok-co-018",
            "サクラネット, hok-co-018",
            "つーる, tama-co-008",
            "ﾂｰﾙ, tama-co-008",
            "キボウ, tama-co-032",
            "多摩川信用, tama-fin-01",
            "岡田, tama-crd-01",
            "ＭＡＣＨＩＤＡ ＴＯＯＬ, tama-co-008",
    })
    void findsJapaneseNamesWhateverTheWidthOrKanaScript(String text, String id) {
        assertThat(NAMES.get(id)).as("the demo's name of %s", id).matches(".*[\\u3040-\\u30FF\\u4E00-\\u9FFF].*");
        List<String> found = graphQl.document("query($t: String) { actors(filter: {nameContains: $t}, first: 50) "
                        + "{ edges { node { id name } } } }").variable("t", text).execute()
                .path("actors.edges[*].node.id").entityList(String.class).get();
        assertThat(found).contains(id);
        // Everything found really contains the text in one of its forms (no match-all pattern).
        assertThat(found).hasSizeLessThan(10);
    }
}
