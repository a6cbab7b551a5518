/**
 * Demo data for the embedded first-run mode: agencies, families and one account per role, so that a
 * newcomer who starts Consilium can sign in as anyone and see it working.
 */
package org.consilium.demo;
