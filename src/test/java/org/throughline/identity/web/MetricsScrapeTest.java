package org.throughline.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.throughline.identity.web.MetricsScrape.Decision;

class MetricsScrapeTest {

    private static final Optional<String> TOKEN = Optional.of("Yx4-metrics-token-for-the-scraper-01");

    @Test
    void withoutAConfiguredTokenTheEndpointIsNotThereForAnyone() {
        assertEquals(Decision.NOT_FOUND, MetricsScrape.decide(Optional.empty(), null));
        assertEquals(Decision.NOT_FOUND, MetricsScrape.decide(Optional.of("  "), "Bearer  "));
    }

    @Test
    void onlyTheConfiguredBearerTokenGetsIn() {
        assertEquals(Decision.ALLOWED, MetricsScrape.decide(TOKEN, "Bearer " + TOKEN.get()));
        assertEquals(Decision.ALLOWED, MetricsScrape.decide(TOKEN, "bearer " + TOKEN.get()));
        assertEquals(Decision.UNAUTHORIZED, MetricsScrape.decide(TOKEN, null));
        assertEquals(Decision.UNAUTHORIZED, MetricsScrape.decide(TOKEN, "Bearer " + TOKEN.get() + "x"));
        assertEquals(Decision.UNAUTHORIZED, MetricsScrape.decide(TOKEN, "Basic " + TOKEN.get()));
        assertEquals(Decision.UNAUTHORIZED, MetricsScrape.decide(TOKEN, TOKEN.get()));
    }
}
