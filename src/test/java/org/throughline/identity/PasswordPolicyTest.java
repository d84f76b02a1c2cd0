package org.throughline.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsAtLeastAThousandCommonPasswords() {
        assertTrue(
                PasswordPolicy.commonPasswordCount() >= 1000,
                "common passwords: " + PasswordPolicy.commonPasswordCount());
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertEquals(Optional.of("password.tooShort"), policy.problem("plum-kite-7"));
        assertEquals(Optional.empty(), policy.problem("plum-kite-7x"));
    }

    @Test
    void countsCharactersNotBytes() {
        assertEquals(Optional.empty(), policy.problem("ääääöööüüüßß"));
    }

    @Test
    void acceptsOneHundredTwentyEightAndRefusesMore() {
        assertEquals(Optional.empty(), policy.problem("k".repeat(60) + "q".repeat(68)));
        assertEquals(Optional.of("password.tooLong"), policy.problem("k".repeat(129)));
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertEquals(Optional.of("password.common"), policy.problem("PasswordPassword"));
        assertEquals(Optional.of("password.common"), policy.problem("123456789012"));
    }

    @Test
    void hasNoCompositionRules() {
        assertEquals(Optional.empty(), policy.problem("lanterns drift over quiet harbours"));
    }

    @Test
    void refusesEmpty() {
        assertEquals(Optional.of("password.required"), policy.problem(""));
        assertEquals(Optional.of("password.required"), policy.problem(null));
    }
}
