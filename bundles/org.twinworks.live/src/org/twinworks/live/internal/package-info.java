/** Milo glue of the live layer: PKI, endpoint choice, certificate gate, monitored items. Not API. */
package org.twinworks.live.internal;
