package org.throughline.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.throughline.shared.web.PagedRows;
import org.throughline.supervision.QueueItem;
import org.throughline.supervision.ReviewService;

/** The supervisor's review queue: shared reflections, oldest first, a page at a time. */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    /** The rows of the table, made again after this view moved to another instance. */
    private transient LazyDataModel<QueueItem> model;

    public LazyDataModel<QueueItem> getModel() {
        if (model == null) {
            model = new PagedRows<>(reviews::queueSize, reviews::queue, QueueItem::getReflectionId);
        }
        return model;
    }
}
