/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.twinworks.model.Binding;
import org.twinworks.model.DeadbandKind;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;

import org.twinworks.model.rules.BindingRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Binding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.impl.BindingImpl#getSignal <em>Signal</em>}</li>
 *   <li>{@link org.twinworks.model.impl.BindingImpl#getEndpoint <em>Endpoint</em>}</li>
 *   <li>{@link org.twinworks.model.impl.BindingImpl#getNodeId <em>Node Id</em>}</li>
 *   <li>{@link org.twinworks.model.impl.BindingImpl#getSamplingInterval <em>Sampling Interval</em>}</li>
 *   <li>{@link org.twinworks.model.impl.BindingImpl#getQueueSize <em>Queue Size</em>}</li>
 *   <li>{@link org.twinworks.model.impl.BindingImpl#getDeadbandKind <em>Deadband Kind</em>}</li>
 *   <li>{@link org.twinworks.model.impl.BindingImpl#getDeadbandValue <em>Deadband Value</em>}</li>
 *   <li>{@link org.twinworks.model.impl.BindingImpl#isActive <em>Active</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BindingImpl extends MinimalEObjectImpl.Container implements Binding {
	/**
	 * The cached value of the '{@link #getSignal() <em>Signal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignal()
	 * @generated
	 * @ordered
	 */
	protected Signal signal;

	/**
	 * The cached value of the '{@link #getEndpoint() <em>Endpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoint()
	 * @generated
	 * @ordered
	 */
	protected Endpoint endpoint;

	/**
	 * The default value of the '{@link #getNodeId() <em>Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeId()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeId() <em>Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeId()
	 * @generated
	 * @ordered
	 */
	protected String nodeId = NODE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamplingInterval() <em>Sampling Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplingInterval()
	 * @generated
	 * @ordered
	 */
	protected static final double SAMPLING_INTERVAL_EDEFAULT = 250.0;

	/**
	 * The cached value of the '{@link #getSamplingInterval() <em>Sampling Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplingInterval()
	 * @generated
	 * @ordered
	 */
	protected double samplingInterval = SAMPLING_INTERVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueueSize() <em>Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueSize()
	 * @generated
	 * @ordered
	 */
	protected static final int QUEUE_SIZE_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getQueueSize() <em>Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueSize()
	 * @generated
	 * @ordered
	 */
	protected int queueSize = QUEUE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadbandKind() <em>Deadband Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadbandKind()
	 * @generated
	 * @ordered
	 */
	protected static final DeadbandKind DEADBAND_KIND_EDEFAULT = DeadbandKind.NONE;

	/**
	 * The cached value of the '{@link #getDeadbandKind() <em>Deadband Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadbandKind()
	 * @generated
	 * @ordered
	 */
	protected DeadbandKind deadbandKind = DEADBAND_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadbandValue() <em>Deadband Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadbandValue()
	 * @generated
	 * @ordered
	 */
	protected static final double DEADBAND_VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDeadbandValue() <em>Deadband Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadbandValue()
	 * @generated
	 * @ordered
	 */
	protected double deadbandValue = DEADBAND_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.BINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signal getSignal() {
		if (signal != null && signal.eIsProxy()) {
			InternalEObject oldSignal = (InternalEObject)signal;
			signal = (Signal)eResolveProxy(oldSignal);
			if (signal != oldSignal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.BINDING__SIGNAL, oldSignal, signal));
			}
		}
		return signal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Signal basicGetSignal() {
		return signal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignal(Signal newSignal) {
		Signal oldSignal = signal;
		signal = newSignal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.BINDING__SIGNAL, oldSignal, signal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endpoint getEndpoint() {
		if (endpoint != null && endpoint.eIsProxy()) {
			InternalEObject oldEndpoint = (InternalEObject)endpoint;
			endpoint = (Endpoint)eResolveProxy(oldEndpoint);
			if (endpoint != oldEndpoint) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinPackage.BINDING__ENDPOINT, oldEndpoint, endpoint));
			}
		}
		return endpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Endpoint basicGetEndpoint() {
		return endpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpoint(Endpoint newEndpoint) {
		Endpoint oldEndpoint = endpoint;
		endpoint = newEndpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.BINDING__ENDPOINT, oldEndpoint, endpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeId() {
		return nodeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeId(String newNodeId) {
		String oldNodeId = nodeId;
		nodeId = newNodeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.BINDING__NODE_ID, oldNodeId, nodeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSamplingInterval() {
		return samplingInterval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamplingInterval(double newSamplingInterval) {
		double oldSamplingInterval = samplingInterval;
		samplingInterval = newSamplingInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.BINDING__SAMPLING_INTERVAL, oldSamplingInterval, samplingInterval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQueueSize() {
		return queueSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueueSize(int newQueueSize) {
		int oldQueueSize = queueSize;
		queueSize = newQueueSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.BINDING__QUEUE_SIZE, oldQueueSize, queueSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeadbandKind getDeadbandKind() {
		return deadbandKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadbandKind(DeadbandKind newDeadbandKind) {
		DeadbandKind oldDeadbandKind = deadbandKind;
		deadbandKind = newDeadbandKind == null ? DEADBAND_KIND_EDEFAULT : newDeadbandKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.BINDING__DEADBAND_KIND, oldDeadbandKind, deadbandKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDeadbandValue() {
		return deadbandValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadbandValue(double newDeadbandValue) {
		double oldDeadbandValue = deadbandValue;
		deadbandValue = newDeadbandValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.BINDING__DEADBAND_VALUE, oldDeadbandValue, deadbandValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.BINDING__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validNode(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return BindingRules.validNode(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.BINDING__SIGNAL:
				if (resolve) return getSignal();
				return basicGetSignal();
			case TwinPackage.BINDING__ENDPOINT:
				if (resolve) return getEndpoint();
				return basicGetEndpoint();
			case TwinPackage.BINDING__NODE_ID:
				return getNodeId();
			case TwinPackage.BINDING__SAMPLING_INTERVAL:
				return getSamplingInterval();
			case TwinPackage.BINDING__QUEUE_SIZE:
				return getQueueSize();
			case TwinPackage.BINDING__DEADBAND_KIND:
				return getDeadbandKind();
			case TwinPackage.BINDING__DEADBAND_VALUE:
				return getDeadbandValue();
			case TwinPackage.BINDING__ACTIVE:
				return isActive();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TwinPackage.BINDING__SIGNAL:
				setSignal((Signal)newValue);
				return;
			case TwinPackage.BINDING__ENDPOINT:
				setEndpoint((Endpoint)newValue);
				return;
			case TwinPackage.BINDING__NODE_ID:
				setNodeId((String)newValue);
				return;
			case TwinPackage.BINDING__SAMPLING_INTERVAL:
				setSamplingInterval((Double)newValue);
				return;
			case TwinPackage.BINDING__QUEUE_SIZE:
				setQueueSize((Integer)newValue);
				return;
			case TwinPackage.BINDING__DEADBAND_KIND:
				setDeadbandKind((DeadbandKind)newValue);
				return;
			case TwinPackage.BINDING__DEADBAND_VALUE:
				setDeadbandValue((Double)newValue);
				return;
			case TwinPackage.BINDING__ACTIVE:
				setActive((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TwinPackage.BINDING__SIGNAL:
				setSignal((Signal)null);
				return;
			case TwinPackage.BINDING__ENDPOINT:
				setEndpoint((Endpoint)null);
				return;
			case TwinPackage.BINDING__NODE_ID:
				setNodeId(NODE_ID_EDEFAULT);
				return;
			case TwinPackage.BINDING__SAMPLING_INTERVAL:
				setSamplingInterval(SAMPLING_INTERVAL_EDEFAULT);
				return;
			case TwinPackage.BINDING__QUEUE_SIZE:
				setQueueSize(QUEUE_SIZE_EDEFAULT);
				return;
			case TwinPackage.BINDING__DEADBAND_KIND:
				setDeadbandKind(DEADBAND_KIND_EDEFAULT);
				return;
			case TwinPackage.BINDING__DEADBAND_VALUE:
				setDeadbandValue(DEADBAND_VALUE_EDEFAULT);
				return;
			case TwinPackage.BINDING__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TwinPackage.BINDING__SIGNAL:
				return signal != null;
			case TwinPackage.BINDING__ENDPOINT:
				return endpoint != null;
			case TwinPackage.BINDING__NODE_ID:
				return NODE_ID_EDEFAULT == null ? nodeId != null : !NODE_ID_EDEFAULT.equals(nodeId);
			case TwinPackage.BINDING__SAMPLING_INTERVAL:
				return samplingInterval != SAMPLING_INTERVAL_EDEFAULT;
			case TwinPackage.BINDING__QUEUE_SIZE:
				return queueSize != QUEUE_SIZE_EDEFAULT;
			case TwinPackage.BINDING__DEADBAND_KIND:
				return deadbandKind != DEADBAND_KIND_EDEFAULT;
			case TwinPackage.BINDING__DEADBAND_VALUE:
				return deadbandValue != DEADBAND_VALUE_EDEFAULT;
			case TwinPackage.BINDING__ACTIVE:
				return active != ACTIVE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case TwinPackage.BINDING___VALID_NODE__DIAGNOSTICCHAIN_MAP:
				return validNode((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (nodeId: "); //$NON-NLS-1$
		result.append(nodeId);
		result.append(", samplingInterval: "); //$NON-NLS-1$
		result.append(samplingInterval);
		result.append(", queueSize: "); //$NON-NLS-1$
		result.append(queueSize);
		result.append(", deadbandKind: "); //$NON-NLS-1$
		result.append(deadbandKind);
		result.append(", deadbandValue: "); //$NON-NLS-1$
		result.append(deadbandValue);
		result.append(", active: "); //$NON-NLS-1$
		result.append(active);
		result.append(')');
		return result.toString();
	}

} //BindingImpl
