package org.throughline.program;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The content a new template starts from; the texts come from the message bundle. */
final class DefaultTemplate {

    private static final String BUNDLE = "org.throughline.messages";

    private DefaultTemplate() {}

    static TemplateContent content() {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        TemplateContent c = new TemplateContent();
        c.setSessionCount(6);
        c.setSessionMinutes(60);
        c.setCadenceDays(14);
        c.setClosingSession(6);
        c.setMidpointSession(3);
        c.setRecapOffered(true);
        c.setNormChannel(texts.getString("templateDefault.norm.channel"));
        c.setNormResponseTime(texts.getString("templateDefault.norm.responseTime"));
        c.setNormIncluded(texts.getString("templateDefault.norm.included"));
        c.setNormExcluded(texts.getString("templateDefault.norm.excluded"));
        c.setNormEscalation(texts.getString("templateDefault.norm.escalation"));
        for (QuestionSet set : QuestionSet.values()) {
            for (int i = 1; ; i++) {
                try {
                    c.questions(set).add(texts.getString("templateDefault." + set.name() + "." + i));
                } catch (MissingResourceException end) {
                    break;
                }
            }
        }
        return c;
    }
}
