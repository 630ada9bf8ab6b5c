// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Keeps a diagram in step with its semantic model: shows missing elements, computes edges, prunes views of deleted elements. */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.sync;
