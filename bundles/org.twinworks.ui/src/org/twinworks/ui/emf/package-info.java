// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Our EMF.Edit-to-JFace bridge (EMF's edit.ui is not available): content and label providers, property sources and
 * cell editors driven by the item providers, command actions, undo and redo, coalesced viewer refresh.
 */
package org.twinworks.ui.emf;
