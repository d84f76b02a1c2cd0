package org.throughline.session;

import java.io.Serializable;

/** A recap e-mail as the coach previews it: to whom, the subject and the text. */
public class Recap implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String recipient;
    private final String subject;
    private final String body;

    Recap(String recipient, String subject, String body) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }
}
