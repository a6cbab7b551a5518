package org.consilium;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Consilium: family case management for social services and their partner agencies.
 *
 * <p>Styles come from plain stylesheets served as static resources, never from an npm build
 * (docs/decisions/0001-no-npm-frontend-build.md).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/consilium.css")
@StyleSheet("styles/series-chart.css")
@StyleSheet("styles/assessment.css")
@StyleSheet("styles/live.css")
// Pages hear of changes as they happen (decision 0031). The server pushes over a WebSocket; what the
// user does still goes as ordinary requests, so only the user's own actions keep the session alive.
@Push(transport = Transport.WEBSOCKET_XHR)
public class ConsiliumApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ConsiliumApplication.class, args);
    }
}
