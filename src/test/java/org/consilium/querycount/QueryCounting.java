package org.consilium.querycount;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts a counting proxy in front of the application's data source, so that every statement sent
 * through it, by any module, reaches the {@link QueryCounter}; and the rows the counts are compared
 * on. Only the query-count tests import it.
 */
@TestConfiguration(proxyBeanMethods = false)
class QueryCounting {

    @Bean
    static QueryCounter queryCounter() {
        return new QueryCounter();
    }

    @Bean
    Worlds worlds(JdbcTemplate jdbc) {
        return new Worlds(jdbc);
    }

    @Bean
    static BeanPostProcessor countingDataSource(QueryCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(counter).build();
                }
                return bean;
            }
        };
    }
}
