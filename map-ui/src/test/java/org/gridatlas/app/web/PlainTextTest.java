package org.gridatlas.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"锦绣苑", "长风街12号\n2单元", "a\tb\r\n", "𠀀 and 😀 are pairs", ""})
    void acceptsTextAPersonCanReadBack(String text) {
        assertThat(PlainText.fault(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0001", "\u001b[31m", "\u007f", "\u0085", "\u009f"})
    void refusesControlCharacters(String text) {
        assertThat(PlainText.fault(text)).isEqualTo(PlainText.CONTROL_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\udc00", "\ud83d", "\ude00\ud83d", "\udbff\udbff"})
    void refusesLoneSurrogates(String text) {
        assertThat(PlainText.fault(text)).isEqualTo(PlainText.INVALID_UNICODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\tb", "line\nbreak", "\r"})
    void refusesTabsAndLineBreaksWhereTextStaysOnOneLine(String text) {
        assertThat(PlainText.fault(text)).isNull();
        assertThat(PlainText.faultInLine(text)).isEqualTo(PlainText.CONTROL_CHARACTERS);
    }
}
