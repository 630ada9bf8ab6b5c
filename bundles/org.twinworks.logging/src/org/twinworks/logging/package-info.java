// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * An SLF4J service provider that writes Milo's, Netty's and our own log events into the Eclipse platform log, at
 * levels set per logger prefix by system properties. Not API: SLF4J finds it through the service loader.
 */
package org.twinworks.logging;
