// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * From NodeSet2 files to an {@link org.twinworks.interop.merge.ImportDraft}: object types become equipment types,
 * objects the hierarchy and equipment, variables signals with their bindings.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.nodeset.mapping;
