/**
 * The live views: Connections, Reconciliation, Playback, Audit Log and Trends.
 */
package org.twinworks.ui.live.views;
