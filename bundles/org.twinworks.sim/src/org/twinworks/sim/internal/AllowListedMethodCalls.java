// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.milo.opcua.sdk.server.servicesets.AbstractServiceSet;
import org.eclipse.milo.opcua.sdk.server.servicesets.MethodServiceSet;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DiagnosticInfo;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.eclipse.milo.opcua.stack.core.types.structured.CallRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallResponse;
import org.eclipse.milo.opcua.stack.transport.server.ServiceRequestContext;

/**
 * The Call service behind an explicit check: only the methods on the allow-list run, and each one alone, in a
 * call of its own to Milo's service set (which checks the session, the node's executability and its access
 * restrictions). In Milo up to 1.1.4 a method its access check denied still ran when batched with an allowed one
 * (CVE-2026-62927); one method per call leaves no batch to get wrong, whatever Milo version runs.
 */
final class AllowListedMethodCalls implements MethodServiceSet {
	private final MethodServiceSet checked;
	private final long maxPerCall;
	private final MethodAllowList allowed;

	AllowListedMethodCalls(MethodServiceSet checked, long maxPerCall, MethodAllowList allowed) {
		this.checked = checked;
		this.maxPerCall = maxPerCall;
		this.allowed = allowed;
	}

	@Override
	public CallResponse onCall(ServiceRequestContext context, CallRequest request) throws UaException {
		CallMethodRequest[] methods = request.getMethodsToCall();
		if (methods == null || methods.length == 0) {
			throw new UaException(StatusCodes.Bad_NothingToDo);
		}
		if (methods.length > maxPerCall) {
			throw new UaException(StatusCodes.Bad_TooManyOperations);
		}
		List<CallMethodResult> results = new ArrayList<>(methods.length);
		for (CallMethodRequest method : methods) {
			if (!allowed.allows(method.getMethodId())) {
				results.add(new CallMethodResult(new StatusCode(StatusCodes.Bad_UserAccessDenied), null, null, null));
				continue;
			}
			CallResponse one = checked.onCall(context,
					new CallRequest(request.getRequestHeader(), new CallMethodRequest[]{method}));
			results.add(one.getResults()[0]);
		}
		return new CallResponse(AbstractServiceSet.createResponseHeader(request),
				results.toArray(CallMethodResult[]::new), new DiagnosticInfo[0]);
	}
}
