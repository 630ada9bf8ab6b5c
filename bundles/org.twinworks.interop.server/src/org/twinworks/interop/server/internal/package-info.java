// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** How a server import walks the address space and maps what it met onto the model; not API. */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.server.internal;
