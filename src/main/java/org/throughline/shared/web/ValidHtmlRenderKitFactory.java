package org.throughline.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Set;

/**
 * Leaves out two kinds of attribute PrimeFaces writes that HTML does not allow, so that every page is
 * valid HTML: the ARIA roles on the rows and cells of its tables ({@code tr role="row"}, {@code th
 * role="columnheader"}, {@code td role="gridcell"}; a table's own elements have those roles already),
 * and {@code autocomplete} on check boxes and radio buttons (the toggle switch's). The items of a
 * message list lose their {@code role="alert"} too (a list item may not have it): the list's container
 * is a live region that announces them.
 */
public class ValidHtmlRenderKitFactory extends RenderKitFactory {

    private static final Set<String> TABLE_PARTS = Set.of("tr", "th", "td");

    public ValidHtmlRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null
                ? null
                : new RenderKitWrapper(kit) {
                    @Override
                    public ResponseWriter createResponseWriter(Writer writer, String contentTypes, String encoding) {
                        return new Writing(super.createResponseWriter(writer, contentTypes, encoding));
                    }
                };
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    /** The response writer that drops those attributes of the element it writes. */
    private static final class Writing extends ResponseWriterWrapper {

        private boolean tablePart;
        private boolean listItem;
        private boolean inInput;
        private boolean checkable;

        Writing(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            tablePart = TABLE_PARTS.contains(name);
            listItem = "li".equals(name);
            inInput = "input".equals(name);
            checkable = false;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (inInput && "type".equals(name)) {
                checkable = "checkbox".equals(value) || "radio".equals(value);
            }
            boolean role = "role".equals(name);
            boolean droppedRole = role && (tablePart || (listItem && "alert".equals(value)));
            boolean checkableAutocomplete = checkable && "autocomplete".equals(name);
            if (!droppedRole && !checkableAutocomplete) {
                super.writeAttribute(name, value, property);
            }
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new Writing(super.cloneWithWriter(writer));
        }
    }
}
