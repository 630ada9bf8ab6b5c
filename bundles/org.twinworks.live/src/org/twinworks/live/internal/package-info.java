// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Milo glue of the live layer: PKI, endpoint choice, certificate gate, monitored items. Not API. */
package org.twinworks.live.internal;
