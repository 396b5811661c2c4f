package org.gridatlas.command.body;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18
 * characters from a 31-character alphabet (digits and capitals without I, O,
 * Z, S and V); the 18th is a check character computed from the first 17.
 */
public final class UnifiedSocialCreditCode {

    static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** 18 characters of the code's alphabet; says nothing of the check character. */
    static boolean wellFormed(String code) {
        return code != null && code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** A code made whole: the 17 characters given, then their check character. */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** The check character the first 17 characters of a well-formed code call for. */
    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((ALPHABET.length() - sum % ALPHABET.length()) % ALPHABET.length());
    }

    /** Whether a well-formed code ends in its check character. */
    static boolean checks(String code) {
        return code.charAt(LENGTH - 1) == checkCharacter(code);
    }
}
