// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The headless {@code ./twinworks <command>} application and its sub-commands (validate, diagram, demo, sim, browse,
 * read, check, diagnose, version), run on the same bundles as the workbench without a display. Not API: visible to
 * the application tests only.
 */
package org.twinworks.app.cli;
