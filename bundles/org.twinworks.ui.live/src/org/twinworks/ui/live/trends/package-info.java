/**
 * Trend charts of live and recorded signal values: series, time window, painter and canvas.
 */
package org.twinworks.ui.live.trends;
