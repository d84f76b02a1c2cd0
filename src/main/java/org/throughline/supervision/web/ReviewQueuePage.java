package org.throughline.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
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
            model = new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filterBy) {
                    return (int) reviews.queueSize();
                }

                @Override
                public List<QueueItem> load(
                        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                    return reviews.queue(first, pageSize);
                }

                @Override
                public String getRowKey(QueueItem item) {
                    return String.valueOf(item.getReflectionId());
                }
            };
        }
        return model;
    }
}
