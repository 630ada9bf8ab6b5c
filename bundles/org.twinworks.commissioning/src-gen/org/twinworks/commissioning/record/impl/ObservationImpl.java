/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.twinworks.commissioning.record.CommissioningPackage;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Session;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Observation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getSignal <em>Signal</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getNodeId <em>Node Id</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getStatusCode <em>Status Code</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getSourceTime <em>Source Time</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getServerTime <em>Server Time</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getCapturedAt <em>Captured At</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getSession <em>Session</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getUser <em>User</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getRecordingFrom <em>Recording From</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getRecordingTo <em>Recording To</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.ObservationImpl#getChainIndex <em>Chain Index</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObservationImpl extends MinimalEObjectImpl.Container implements Observation {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignal() <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignal()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignal() <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignal()
	 * @generated
	 * @ordered
	 */
	protected String signal = SIGNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected static final String TAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected String tag = TAG_EDEFAULT;

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
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusCode() <em>Status Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusCode()
	 * @generated
	 * @ordered
	 */
	protected static final long STATUS_CODE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStatusCode() <em>Status Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusCode()
	 * @generated
	 * @ordered
	 */
	protected long statusCode = STATUS_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected String status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceTime() <em>Source Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceTime()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceTime() <em>Source Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceTime()
	 * @generated
	 * @ordered
	 */
	protected String sourceTime = SOURCE_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getServerTime() <em>Server Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerTime()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVER_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServerTime() <em>Server Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerTime()
	 * @generated
	 * @ordered
	 */
	protected String serverTime = SERVER_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapturedAt() <em>Captured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapturedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTURED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapturedAt() <em>Captured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapturedAt()
	 * @generated
	 * @ordered
	 */
	protected String capturedAt = CAPTURED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSession() <em>Session</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSession()
	 * @generated
	 * @ordered
	 */
	protected Session session;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordingFrom() <em>Recording From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordingFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDING_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordingFrom() <em>Recording From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordingFrom()
	 * @generated
	 * @ordered
	 */
	protected String recordingFrom = RECORDING_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordingTo() <em>Recording To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordingTo()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDING_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordingTo() <em>Recording To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordingTo()
	 * @generated
	 * @ordered
	 */
	protected String recordingTo = RECORDING_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getChainIndex() <em>Chain Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainIndex()
	 * @generated
	 * @ordered
	 */
	protected static final long CHAIN_INDEX_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getChainIndex() <em>Chain Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChainIndex()
	 * @generated
	 * @ordered
	 */
	protected long chainIndex = CHAIN_INDEX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObservationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CommissioningPackage.Literals.OBSERVATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignal() {
		return signal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignal(String newSignal) {
		String oldSignal = signal;
		signal = newSignal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__SIGNAL, oldSignal, signal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTag() {
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTag(String newTag) {
		String oldTag = tag;
		tag = newTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__TAG, oldTag, tag));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__NODE_ID, oldNodeId, nodeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStatusCode() {
		return statusCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusCode(long newStatusCode) {
		long oldStatusCode = statusCode;
		statusCode = newStatusCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__STATUS_CODE, oldStatusCode, statusCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(String newStatus) {
		String oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceTime() {
		return sourceTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceTime(String newSourceTime) {
		String oldSourceTime = sourceTime;
		sourceTime = newSourceTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__SOURCE_TIME, oldSourceTime, sourceTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServerTime() {
		return serverTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServerTime(String newServerTime) {
		String oldServerTime = serverTime;
		serverTime = newServerTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__SERVER_TIME, oldServerTime, serverTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCapturedAt() {
		return capturedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapturedAt(String newCapturedAt) {
		String oldCapturedAt = capturedAt;
		capturedAt = newCapturedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__CAPTURED_AT, oldCapturedAt, capturedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session getSession() {
		if (session != null && session.eIsProxy()) {
			InternalEObject oldSession = (InternalEObject)session;
			session = (Session)eResolveProxy(oldSession);
			if (session != oldSession) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommissioningPackage.OBSERVATION__SESSION, oldSession, session));
			}
		}
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Session basicGetSession() {
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSession(Session newSession) {
		Session oldSession = session;
		session = newSession;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__SESSION, oldSession, session));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordingFrom() {
		return recordingFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordingFrom(String newRecordingFrom) {
		String oldRecordingFrom = recordingFrom;
		recordingFrom = newRecordingFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__RECORDING_FROM, oldRecordingFrom, recordingFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordingTo() {
		return recordingTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordingTo(String newRecordingTo) {
		String oldRecordingTo = recordingTo;
		recordingTo = newRecordingTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__RECORDING_TO, oldRecordingTo, recordingTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getChainIndex() {
		return chainIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChainIndex(long newChainIndex) {
		long oldChainIndex = chainIndex;
		chainIndex = newChainIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.OBSERVATION__CHAIN_INDEX, oldChainIndex, chainIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CommissioningPackage.OBSERVATION__ROLE:
				return getRole();
			case CommissioningPackage.OBSERVATION__SIGNAL:
				return getSignal();
			case CommissioningPackage.OBSERVATION__TAG:
				return getTag();
			case CommissioningPackage.OBSERVATION__NODE_ID:
				return getNodeId();
			case CommissioningPackage.OBSERVATION__VALUE:
				return getValue();
			case CommissioningPackage.OBSERVATION__STATUS_CODE:
				return getStatusCode();
			case CommissioningPackage.OBSERVATION__STATUS:
				return getStatus();
			case CommissioningPackage.OBSERVATION__SOURCE_TIME:
				return getSourceTime();
			case CommissioningPackage.OBSERVATION__SERVER_TIME:
				return getServerTime();
			case CommissioningPackage.OBSERVATION__CAPTURED_AT:
				return getCapturedAt();
			case CommissioningPackage.OBSERVATION__SESSION:
				if (resolve) return getSession();
				return basicGetSession();
			case CommissioningPackage.OBSERVATION__USER:
				return getUser();
			case CommissioningPackage.OBSERVATION__RECORDING_FROM:
				return getRecordingFrom();
			case CommissioningPackage.OBSERVATION__RECORDING_TO:
				return getRecordingTo();
			case CommissioningPackage.OBSERVATION__CHAIN_INDEX:
				return getChainIndex();
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
			case CommissioningPackage.OBSERVATION__ROLE:
				setRole((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__SIGNAL:
				setSignal((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__TAG:
				setTag((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__NODE_ID:
				setNodeId((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__VALUE:
				setValue((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__STATUS_CODE:
				setStatusCode((Long)newValue);
				return;
			case CommissioningPackage.OBSERVATION__STATUS:
				setStatus((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__SOURCE_TIME:
				setSourceTime((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__SERVER_TIME:
				setServerTime((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__CAPTURED_AT:
				setCapturedAt((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__SESSION:
				setSession((Session)newValue);
				return;
			case CommissioningPackage.OBSERVATION__USER:
				setUser((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__RECORDING_FROM:
				setRecordingFrom((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__RECORDING_TO:
				setRecordingTo((String)newValue);
				return;
			case CommissioningPackage.OBSERVATION__CHAIN_INDEX:
				setChainIndex((Long)newValue);
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
			case CommissioningPackage.OBSERVATION__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__SIGNAL:
				setSignal(SIGNAL_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__TAG:
				setTag(TAG_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__NODE_ID:
				setNodeId(NODE_ID_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__STATUS_CODE:
				setStatusCode(STATUS_CODE_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__SOURCE_TIME:
				setSourceTime(SOURCE_TIME_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__SERVER_TIME:
				setServerTime(SERVER_TIME_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__CAPTURED_AT:
				setCapturedAt(CAPTURED_AT_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__SESSION:
				setSession((Session)null);
				return;
			case CommissioningPackage.OBSERVATION__USER:
				setUser(USER_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__RECORDING_FROM:
				setRecordingFrom(RECORDING_FROM_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__RECORDING_TO:
				setRecordingTo(RECORDING_TO_EDEFAULT);
				return;
			case CommissioningPackage.OBSERVATION__CHAIN_INDEX:
				setChainIndex(CHAIN_INDEX_EDEFAULT);
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
			case CommissioningPackage.OBSERVATION__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case CommissioningPackage.OBSERVATION__SIGNAL:
				return SIGNAL_EDEFAULT == null ? signal != null : !SIGNAL_EDEFAULT.equals(signal);
			case CommissioningPackage.OBSERVATION__TAG:
				return TAG_EDEFAULT == null ? tag != null : !TAG_EDEFAULT.equals(tag);
			case CommissioningPackage.OBSERVATION__NODE_ID:
				return NODE_ID_EDEFAULT == null ? nodeId != null : !NODE_ID_EDEFAULT.equals(nodeId);
			case CommissioningPackage.OBSERVATION__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case CommissioningPackage.OBSERVATION__STATUS_CODE:
				return statusCode != STATUS_CODE_EDEFAULT;
			case CommissioningPackage.OBSERVATION__STATUS:
				return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
			case CommissioningPackage.OBSERVATION__SOURCE_TIME:
				return SOURCE_TIME_EDEFAULT == null ? sourceTime != null : !SOURCE_TIME_EDEFAULT.equals(sourceTime);
			case CommissioningPackage.OBSERVATION__SERVER_TIME:
				return SERVER_TIME_EDEFAULT == null ? serverTime != null : !SERVER_TIME_EDEFAULT.equals(serverTime);
			case CommissioningPackage.OBSERVATION__CAPTURED_AT:
				return CAPTURED_AT_EDEFAULT == null ? capturedAt != null : !CAPTURED_AT_EDEFAULT.equals(capturedAt);
			case CommissioningPackage.OBSERVATION__SESSION:
				return session != null;
			case CommissioningPackage.OBSERVATION__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case CommissioningPackage.OBSERVATION__RECORDING_FROM:
				return RECORDING_FROM_EDEFAULT == null ? recordingFrom != null : !RECORDING_FROM_EDEFAULT.equals(recordingFrom);
			case CommissioningPackage.OBSERVATION__RECORDING_TO:
				return RECORDING_TO_EDEFAULT == null ? recordingTo != null : !RECORDING_TO_EDEFAULT.equals(recordingTo);
			case CommissioningPackage.OBSERVATION__CHAIN_INDEX:
				return chainIndex != CHAIN_INDEX_EDEFAULT;
		}
		return super.eIsSet(featureID);
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
		result.append(" (role: "); //$NON-NLS-1$
		result.append(role);
		result.append(", signal: "); //$NON-NLS-1$
		result.append(signal);
		result.append(", tag: "); //$NON-NLS-1$
		result.append(tag);
		result.append(", nodeId: "); //$NON-NLS-1$
		result.append(nodeId);
		result.append(", value: "); //$NON-NLS-1$
		result.append(value);
		result.append(", statusCode: "); //$NON-NLS-1$
		result.append(statusCode);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", sourceTime: "); //$NON-NLS-1$
		result.append(sourceTime);
		result.append(", serverTime: "); //$NON-NLS-1$
		result.append(serverTime);
		result.append(", capturedAt: "); //$NON-NLS-1$
		result.append(capturedAt);
		result.append(", user: "); //$NON-NLS-1$
		result.append(user);
		result.append(", recordingFrom: "); //$NON-NLS-1$
		result.append(recordingFrom);
		result.append(", recordingTo: "); //$NON-NLS-1$
		result.append(recordingTo);
		result.append(", chainIndex: "); //$NON-NLS-1$
		result.append(chainIndex);
		result.append(')');
		return result.toString();
	}

} //ObservationImpl
