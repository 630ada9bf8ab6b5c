// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The plant's P&amp;ID notation, without a workbench: the diagram description (node, edge and port mappings, layers,
 * styles) and how it is edited (palette, renaming, clipboard, deletion), the symbols, the overview diagram of a whole
 * plant, the notation files beside a model, and validation problems as decorations. The editor's diagram pages and
 * the headless {@code diagram} and {@code demo} commands use it.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.pid;
