package org.throughline.supervision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.throughline.supervision.QueueItem;
import org.throughline.supervision.ReviewService;

/** The supervisor's review queue: shared reflections, oldest first. */
@Named
@RequestScoped
public class ReviewQueuePage {

    @Inject
    private ReviewService reviews;

    private List<QueueItem> rows;

    public List<QueueItem> getRows() {
        if (rows == null) {
            rows = reviews.queue();
        }
        return rows;
    }
}
