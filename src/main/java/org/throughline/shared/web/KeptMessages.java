package org.throughline.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Messages kept across a redirect, to be shown on the page redirected to. They are kept as a session
 * attribute, set again whenever it changes, so that they travel with the session in the data grid and
 * show even when the next request goes to another instance (Faces' flash keeps them in a map that the
 * data grid never sees change). Taken out when the next page renders.
 */
public class KeptMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String KEY = KeptMessages.class.getName();

    /** Keeps the messages queued in this request for the next page that renders. */
    static void keep(FacesContext faces) {
        List<FacesMessage> messages = new ArrayList<>(faces.getMessageList());
        if (!messages.isEmpty()) {
            faces.getExternalContext().getSessionMap().put(KEY, messages);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        if (session.remove(KEY) instanceof List<?> kept) {
            for (Object message : kept) {
                faces.addMessage(null, (FacesMessage) message);
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
