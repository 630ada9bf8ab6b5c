// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Reading and writing commissioning records (.twincx): deterministic XMI, atomic saves with a backup, problems with file, line and column. */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.persistence;
