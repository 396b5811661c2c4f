package org.gridatlas.command.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 32100-2015's check character, against codes published by the companies that hold them. */
class UnifiedSocialCreditCodeTest {

    @Test
    void publishedCodesCheck() {
        for (String code : new String[] {"91350100M000100Y43", "911101080828461726"}) {
            assertThat(UnifiedSocialCreditCode.wellFormed(code)).as(code).isTrue();
            assertThat(UnifiedSocialCreditCode.checks(code)).as(code).isTrue();
        }
    }

    @Test
    void anyOtherLastCharacterDoesNotCheck() {
        String code = "911101080828461726";
        for (char last : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            String typed = code.substring(0, 17) + last;
            assertThat(UnifiedSocialCreditCode.checks(typed)).as(typed).isEqualTo(last == '6');
        }
    }

    @Test
    void aCheckOfThirtyOneIsWrittenAsZero() {
        // the 17 characters' weighted sum is a multiple of 31 here, so the check character is 0
        assertThat(UnifiedSocialCreditCode.checkCharacter("00000000000000000" + "0")).isEqualTo('0');
    }

    @Test
    void lettersTheStandardLeavesOutAreNotWellFormed() {
        for (char letter : "IOZSV".toCharArray()) {
            assertThat(UnifiedSocialCreditCode.wellFormed("91110108082846172" + letter)).isFalse();
        }
    }
}
