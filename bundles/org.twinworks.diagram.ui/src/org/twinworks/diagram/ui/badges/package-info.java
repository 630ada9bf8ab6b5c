// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Badges at the corners of diagram nodes, painted over the viewer's buffer (the scene is never rebuilt for them),
 * and their pre-drawn images: what the check badges and the event badges share.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.ui.badges;
