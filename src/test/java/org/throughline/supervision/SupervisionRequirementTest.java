package org.throughline.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SupervisionRequirementTest {

    private final SupervisionRequirement defaults = new SupervisionRequirement(4, 35);

    @Test
    void seventyCoachingHoursAndThreeSupervisionHoursFallShortByOne() {
        // 70 / 35 = 2 hours by coaching, but at least 4 a year: 4 required, 3 done
        assertEquals(4.0, defaults.requiredHours(70), 1e-9);
        assertEquals(1.0, defaults.shortfall(70, 3), 1e-9);
    }

    @Test
    void aBusyCoachNeedsOneHourPerThirtyFiveCoachingHours() {
        assertEquals(6.0, defaults.requiredHours(210), 1e-9);
        assertEquals(1.5, defaults.shortfall(210, 4.5), 1e-9);
    }

    @Test
    void nothingIsMissingOnceTheRequirementIsMet() {
        assertEquals(0.0, defaults.shortfall(70, 4), 1e-9);
        assertEquals(0.0, defaults.shortfall(0, 6), 1e-9);
        assertEquals(4.0, defaults.shortfall(0, 0), 1e-9);
    }
}
