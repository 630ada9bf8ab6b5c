// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Tests of the AutomationML import and export against AutomationML e.V.'s files and the CAEX 3.0 schema. */
package org.twinworks.interop.tests.aml;
