// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * One way in for every import: an importer builds an {@link org.twinworks.interop.merge.ImportDraft} (a detached
 * plant whose elements carry their source identity), the merger compares it with the open plant, and the diff is
 * shown before it is applied as one undoable command.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.merge;
