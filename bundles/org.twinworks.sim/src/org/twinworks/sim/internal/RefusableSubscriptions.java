// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.eclipse.milo.opcua.sdk.server.servicesets.SubscriptionServiceSet;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.structured.CreateSubscriptionRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CreateSubscriptionResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.DeleteSubscriptionsRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.DeleteSubscriptionsResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.ModifySubscriptionRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.ModifySubscriptionResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.PublishRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.PublishResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.RepublishRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.RepublishResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.SetPublishingModeRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.SetPublishingModeResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.TransferSubscriptionsRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.TransferSubscriptionsResponse;
import org.eclipse.milo.opcua.stack.transport.server.ServiceRequestContext;

/**
 * Milo's subscription services, except that CreateSubscription is refused with Bad_TooManySubscriptions (what a
 * server at its limit answers) while {@code refusing} says so: a drill for clients that must recreate a lost
 * subscription. Subscriptions that exist go on untouched.
 */
final class RefusableSubscriptions implements SubscriptionServiceSet {
	private final SubscriptionServiceSet services;
	private final BooleanSupplier refusing;

	RefusableSubscriptions(SubscriptionServiceSet services, BooleanSupplier refusing) {
		this.services = services;
		this.refusing = refusing;
	}

	@Override
	public CreateSubscriptionResponse onCreateSubscription(ServiceRequestContext context,
			CreateSubscriptionRequest request) throws UaException {
		if (refusing.getAsBoolean()) {
			throw new UaException(StatusCodes.Bad_TooManySubscriptions);
		}
		return services.onCreateSubscription(context, request);
	}

	@Override
	public ModifySubscriptionResponse onModifySubscription(ServiceRequestContext context,
			ModifySubscriptionRequest request) throws UaException {
		return services.onModifySubscription(context, request);
	}

	@Override
	public DeleteSubscriptionsResponse onDeleteSubscriptions(ServiceRequestContext context,
			DeleteSubscriptionsRequest request) throws UaException {
		return services.onDeleteSubscriptions(context, request);
	}

	@Override
	public TransferSubscriptionsResponse onTransferSubscriptions(ServiceRequestContext context,
			TransferSubscriptionsRequest request) throws UaException {
		return services.onTransferSubscriptions(context, request);
	}

	@Override
	public SetPublishingModeResponse onSetPublishingMode(ServiceRequestContext context,
			SetPublishingModeRequest request) throws UaException {
		return services.onSetPublishingMode(context, request);
	}

	@Override
	public RepublishResponse onRepublish(ServiceRequestContext context, RepublishRequest request) throws UaException {
		return services.onRepublish(context, request);
	}

	@Override
	public CompletableFuture<PublishResponse> onPublish(ServiceRequestContext context, PublishRequest request) {
		return services.onPublish(context, request);
	}
}
