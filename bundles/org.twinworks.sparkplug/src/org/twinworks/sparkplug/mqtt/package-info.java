// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The MQTT connection under Sparkplug: the HiveMQ client behind a small wrapper with clean sessions, reconnect with
 * back-off, TLS with our own trust decision (an unknown broker certificate is refused, as for OPC UA servers) and lab
 * mode for plain TCP.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.sparkplug.mqtt;
