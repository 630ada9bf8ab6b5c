// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Runs a campaign's automated checks on a live session: guarded writes only while armed, settling detected from the signal, timeouts, pause, cancellation; manual steps stay pending. */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.engine;
