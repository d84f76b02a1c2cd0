package org.throughline.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.throughline.shared.Label;

/** The one way to put a text of the message bundle on the screen. */
public final class Messages {

    public static final String BUNDLE = "org.throughline.messages";

    private Messages() {}

    /** The bundle's text for {@code key} in the current locale, with {@code {0}}-style arguments filled. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null
                ? Locale.ENGLISH
                : faces.getViewRoot() == null
                        ? faces.getApplication().getDefaultLocale()
                        : faces.getViewRoot().getLocale();
        return text(locale, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale)
                    .getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            Object[] filled = arguments.clone();
            for (int i = 0; i < filled.length; i++) {
                if (filled[i] instanceof Label label) {
                    filled[i] = text(locale, label.key());
                }
            }
            return new MessageFormat(pattern, locale).format(filled);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
