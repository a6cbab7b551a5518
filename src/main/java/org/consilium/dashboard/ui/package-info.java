/** The dashboards' pages: the dashboards of each role and the list behind each figure. */
package org.consilium.dashboard.ui;
