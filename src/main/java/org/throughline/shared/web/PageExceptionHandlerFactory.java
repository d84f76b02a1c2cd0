package org.throughline.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import org.throughline.shared.RuleViolation;

/**
 * The one place where a page's failures become what the user sees: a business rule that refused an
 * action ({@link RuleViolation}, from any service) becomes its message on the same page, with nothing
 * saved; a view that expired (the session ended while it was open) sends the user back to the same
 * page with a message. Neither is an error page. Backing beans therefore let a RuleViolation pass.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                RuleViolation refused = ruleViolationIn(thrown);
                if (thrown instanceof ViewExpiredException expired) {
                    events.remove();
                    sendBack(expired.getViewId());
                } else if (refused != null) {
                    events.remove();
                    Messages.error(refused.getMessageKey(), refused.getArguments());
                    FacesContext.getCurrentInstance().renderResponse();
                }
            }
            getWrapped().handle();
        }

        /** The rule violation an action threw, however the EL or Faces wrapped it; null for other failures. */
        private static RuleViolation ruleViolationIn(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof RuleViolation violation) {
                    return violation;
                }
            }
            return null;
        }

        private static void sendBack(String viewId) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Messages.warn("view.expired");
            KeptMessages.keep(faces);
            String target = viewId == null ? "/index.xhtml" : viewId;
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + target);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
    }
}
