// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Signatures with their meaning, the two-person rule, approval that locks a campaign, and revisions after it. */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.signoff;
