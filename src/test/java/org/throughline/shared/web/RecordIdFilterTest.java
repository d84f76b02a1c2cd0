package org.throughline.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecordIdFilterTest {

    @Test
    void recordIdsAndConstantsInTheAddressPass() {
        assertFalse(RecordIdFilter.malformed("id=12"));
        assertFalse(RecordIdFilter.malformed("engagement=5&kind=MIDPOINT"));
        assertFalse(RecordIdFilter.malformed("from=caseload&q=anything%20at%20all"), "other parameters are the page's");
    }

    @Test
    void anythingElseNamedLikeARecordIsMalformed() {
        for (String query : new String[] {
            "id=abc",
            "id=1%27",
            "id=1.5",
            "id=0",
            "id=-3",
            "id=",
            "id",
            "id=1&id=2",
            "id=%zz",
            "program=99999999999999999999",
            "kind=midpoint",
            "kind="
        }) {
            assertTrue(RecordIdFilter.malformed(query), query);
        }
    }
}
