package org.consilium.testing;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;

/**
 * The application's views, layouts and error views for browserless UIs, found by a Spring scan,
 * because Karibu's own discovery skips package-private views.
 */
public final class ViewRoutes {

    private ViewRoutes() {
    }

    public static Routes all() {
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        for (Class<?> c : scan(new AnnotationTypeFilter(Route.class))) {
            views.add(c.asSubclass(Component.class));
        }
        for (Class<?> c : scan(new AnnotationTypeFilter(Layout.class))) {
            views.add(c.asSubclass(Component.class));
        }
        for (Class<?> c : scan(new AssignableTypeFilter(HasErrorParameter.class))) {
            @SuppressWarnings("unchecked")
            Class<? extends HasErrorParameter<?>> errorView = (Class<? extends HasErrorParameter<?>>) c;
            errorViews.add(errorView);
        }
        return new Routes(views, errorViews, true);
    }

    private static Set<Class<?>> scan(TypeFilter filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        Set<Class<?>> found = new HashSet<>();
        for (BeanDefinition bd : scanner.findCandidateComponents("org.consilium")) {
            try {
                found.add(Class.forName(bd.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }
}
