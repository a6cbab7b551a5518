/** The monitoring module's parts of the case page: the contacts log and the progress reviews. */
package org.consilium.monitoring.ui;
