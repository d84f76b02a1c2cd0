package org.throughline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a session- or view-scoped bean holds travels to the other instances in the data grid, so
 * it must be serializable and must not be a JPA entity (an entity would carry lazy relations and a
 * stale copy of the record): ids, texts and plain view objects only. Checked on the declared types of
 * every field, down through the application's own view classes.
 */
class SerializableStateTest {

    @Test
    void sessionAndViewScopedBeansHoldOnlySerializableNonEntityState() throws Exception {
        List<Class<?>> beans = new ArrayList<>();
        for (Class<?> type : applicationClasses()) {
            if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                beans.add(type);
            }
        }
        assertFalse(beans.isEmpty(), "no session- or view-scoped beans found");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    private static void checkFields(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!c.getName().startsWith("org.throughline")) {
                continue; // a library base class (PrimeFaces' LazyDataModel) is serializable by design
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                if (field.isAnnotationPresent(Inject.class)) {
                    continue; // CDI injects serializable proxies of services
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", problems, seen);
            } else if (c.isAnnotationPresent(Entity.class)) {
                problems.add(path + " holds the entity " + c.getSimpleName());
            } else if (c.isPrimitive() || c == Object.class || isCollectionInterface(c)) {
                return;
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + " holds " + c.getName() + ", which is not Serializable");
            } else if (c.getName().startsWith("org.throughline") && !c.isEnum()) {
                checkFields(c, path, problems, seen);
            }
        }
    }

    private static boolean isCollectionInterface(Class<?> c) {
        return c == List.class || c == Set.class || c == Map.class || c == Collection.class || c == Optional.class;
    }

    private static List<Class<?>> applicationClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, SerializableStateTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
