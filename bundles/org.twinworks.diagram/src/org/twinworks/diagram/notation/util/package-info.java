// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Generated switch and adapter factory of the notation model. */
package org.twinworks.diagram.notation.util;
