// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * File persistence shared by every Twinworks format (plant models, diagrams, later ones): atomic writes that
 * keep a backup, hardened XML loading with a size limit, and problems located by file, line and column.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.core.persistence;
