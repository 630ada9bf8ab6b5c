// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Generated implementation of the notation model. Not API: visible to the diagram tests only. */
package org.twinworks.diagram.notation.impl;
