// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The workbench's live side: a LiveModel per open plant and its endpoint connections, trust and password prompts,
 * guarded writes and their audit, recording and replay, and what the plant editor shows of it (tree values, diagram
 * overlays and probes, I/O list columns, write menus) as a plant editor participant.
 */
package org.twinworks.ui.live;
