// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The Certificates preference page: the client certificate and the trusted and rejected server certificates.
 */
package org.twinworks.ui.live.preferences;
