/**
 * The OPC UA browser view, dragging its variables onto signals to bind them, and the Auto-Bind wizard and command.
 */
package org.twinworks.ui.live.browser;
