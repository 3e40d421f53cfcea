package io.kaonet.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An uploaded GraphML text is handed on as UTF-8, so its declaration must say so. */
class UploadEncodingTest {

    @ParameterizedTest
    @ValueSource(strings = {"ISO-8859-1", "Shift_JIS", "windows-1252", "utf-16"})
    void anotherDeclaredEncodingBecomesUtf8(String encoding) {
        String xml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<graphml>M\u00fcller</graphml>";
        assertThat(ExchangeController.declaredAsUtf8(xml))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml>M\u00fcller</graphml>");
    }

    @Test
    void singleQuotesAndABomAreKept() {
        assertThat(ExchangeController.declaredAsUtf8("\uFEFF<?xml version='1.0' encoding='latin1' standalone='yes'?><graphml/>"))
                .isEqualTo("\uFEFF<?xml version='1.0' encoding='UTF-8' standalone='yes'?><graphml/>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml/>",
            "<?xml version=\"1.0\"?><graphml/>",
            "<graphml/>",
            "<graphml><!-- <?xml encoding=\"latin1\"?> --></graphml>"})
    void textWithoutAnotherDeclaredEncodingIsUnchanged(String xml) {
        assertThat(ExchangeController.declaredAsUtf8(xml)).isSameAs(xml);
    }
}
