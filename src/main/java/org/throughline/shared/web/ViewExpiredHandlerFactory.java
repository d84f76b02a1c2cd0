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

/**
 * When a page's view has expired (the session ended while it was open), sends the user back to the
 * same page with a message, instead of an error.
 */
public class ViewExpiredHandlerFactory extends ExceptionHandlerFactory {

    public ViewExpiredHandlerFactory(ExceptionHandlerFactory wrapped) {
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
                if (thrown instanceof ViewExpiredException expired) {
                    events.remove();
                    sendBack(expired.getViewId());
                }
            }
            getWrapped().handle();
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
