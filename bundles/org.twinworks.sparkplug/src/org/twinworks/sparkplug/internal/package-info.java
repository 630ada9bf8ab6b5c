// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** The mapping between our metric records and Tahu's generated protobuf classes; not API. */
@org.jspecify.annotations.NullMarked
package org.twinworks.sparkplug.internal;
