package org.throughline.reflection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.throughline.reflection.Reflection;
import org.throughline.reflection.ReflectionService;

/** The signed-in coach's reflections, newest first. */
@Named
@RequestScoped
public class ReflectionsPage {

    @Inject
    private ReflectionService reflections;

    private List<Reflection> rows;

    public List<Reflection> getRows() {
        if (rows == null) {
            rows = reflections.mine();
        }
        return rows;
    }
}
