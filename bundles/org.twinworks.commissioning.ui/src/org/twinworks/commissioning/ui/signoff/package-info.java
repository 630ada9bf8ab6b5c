// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Signing in the workbench: signers' passwords in Equinox secure storage, the sign-off dialog and its commands, and
 * the banner of an approved (read-only) campaign with its Revise… action. The rules are the core's {@code SignOff}.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.ui.signoff;
