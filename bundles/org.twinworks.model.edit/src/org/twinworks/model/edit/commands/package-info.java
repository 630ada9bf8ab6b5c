// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Hand-written editing commands on plant models that the generated item providers do not offer (paste that keeps
 * tags unique); shared by every editor and page that edits a plant.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.model.edit.commands;
