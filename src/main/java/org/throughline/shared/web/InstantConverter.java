package org.throughline.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Shows every {@link Instant} on the screen as a date and time people read ("2 Dec 2026, 17:44 UTC")
 * in the organization's time zone ({@code THROUGHLINE_TIMEZONE}, default UTC), with the zone named and
 * without seconds. Display only.
 */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH)
            .withZone(ZoneId.of(ConfigProvider.getConfig()
                    .getOptionalValue("throughline.timezone", String.class)
                    .orElse("UTC")));

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        return FORMAT.format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Instant.parse(value);
    }
}
