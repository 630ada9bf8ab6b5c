/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.twinworks.commissioning.record.CommissioningPackage;
import org.twinworks.commissioning.record.Session;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getEndpointUrl <em>Endpoint Url</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getSecurityPolicy <em>Security Policy</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getSecurityMode <em>Security Mode</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getServerThumbprint <em>Server Thumbprint</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getServerApplicationUri <em>Server Application Uri</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getUser <em>User</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getTwinworksVersion <em>Twinworks Version</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getRecording <em>Recording</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.impl.SessionImpl#getEnded <em>Ended</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends MinimalEObjectImpl.Container implements Session {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndpointUrl() <em>Endpoint Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String ENDPOINT_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndpointUrl() <em>Endpoint Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointUrl()
	 * @generated
	 * @ordered
	 */
	protected String endpointUrl = ENDPOINT_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityPolicy() <em>Security Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String SECURITY_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecurityPolicy() <em>Security Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityPolicy()
	 * @generated
	 * @ordered
	 */
	protected String securityPolicy = SECURITY_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityMode() <em>Security Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityMode()
	 * @generated
	 * @ordered
	 */
	protected static final String SECURITY_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecurityMode() <em>Security Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityMode()
	 * @generated
	 * @ordered
	 */
	protected String securityMode = SECURITY_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getServerThumbprint() <em>Server Thumbprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerThumbprint()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVER_THUMBPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServerThumbprint() <em>Server Thumbprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerThumbprint()
	 * @generated
	 * @ordered
	 */
	protected String serverThumbprint = SERVER_THUMBPRINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getServerApplicationUri() <em>Server Application Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerApplicationUri()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVER_APPLICATION_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServerApplicationUri() <em>Server Application Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerApplicationUri()
	 * @generated
	 * @ordered
	 */
	protected String serverApplicationUri = SERVER_APPLICATION_URI_EDEFAULT;

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
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getTwinworksVersion() <em>Twinworks Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTwinworksVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String TWINWORKS_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTwinworksVersion() <em>Twinworks Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTwinworksVersion()
	 * @generated
	 * @ordered
	 */
	protected String twinworksVersion = TWINWORKS_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecording() <em>Recording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecording()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecording() <em>Recording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecording()
	 * @generated
	 * @ordered
	 */
	protected String recording = RECORDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final String STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected String started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnded() <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnded()
	 * @generated
	 * @ordered
	 */
	protected static final String ENDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnded() <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnded()
	 * @generated
	 * @ordered
	 */
	protected String ended = ENDED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CommissioningPackage.Literals.SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndpointUrl() {
		return endpointUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpointUrl(String newEndpointUrl) {
		String oldEndpointUrl = endpointUrl;
		endpointUrl = newEndpointUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__ENDPOINT_URL, oldEndpointUrl, endpointUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecurityPolicy() {
		return securityPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityPolicy(String newSecurityPolicy) {
		String oldSecurityPolicy = securityPolicy;
		securityPolicy = newSecurityPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__SECURITY_POLICY, oldSecurityPolicy, securityPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecurityMode() {
		return securityMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityMode(String newSecurityMode) {
		String oldSecurityMode = securityMode;
		securityMode = newSecurityMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__SECURITY_MODE, oldSecurityMode, securityMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServerThumbprint() {
		return serverThumbprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServerThumbprint(String newServerThumbprint) {
		String oldServerThumbprint = serverThumbprint;
		serverThumbprint = newServerThumbprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__SERVER_THUMBPRINT, oldServerThumbprint, serverThumbprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServerApplicationUri() {
		return serverApplicationUri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServerApplicationUri(String newServerApplicationUri) {
		String oldServerApplicationUri = serverApplicationUri;
		serverApplicationUri = newServerApplicationUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__SERVER_APPLICATION_URI, oldServerApplicationUri, serverApplicationUri));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTwinworksVersion() {
		return twinworksVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTwinworksVersion(String newTwinworksVersion) {
		String oldTwinworksVersion = twinworksVersion;
		twinworksVersion = newTwinworksVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__TWINWORKS_VERSION, oldTwinworksVersion, twinworksVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecording() {
		return recording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecording(String newRecording) {
		String oldRecording = recording;
		recording = newRecording;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__RECORDING, oldRecording, recording));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(String newStarted) {
		String oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnded() {
		return ended;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnded(String newEnded) {
		String oldEnded = ended;
		ended = newEnded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommissioningPackage.SESSION__ENDED, oldEnded, ended));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CommissioningPackage.SESSION__ID:
				return getId();
			case CommissioningPackage.SESSION__ENDPOINT_URL:
				return getEndpointUrl();
			case CommissioningPackage.SESSION__SECURITY_POLICY:
				return getSecurityPolicy();
			case CommissioningPackage.SESSION__SECURITY_MODE:
				return getSecurityMode();
			case CommissioningPackage.SESSION__SERVER_THUMBPRINT:
				return getServerThumbprint();
			case CommissioningPackage.SESSION__SERVER_APPLICATION_URI:
				return getServerApplicationUri();
			case CommissioningPackage.SESSION__USER:
				return getUser();
			case CommissioningPackage.SESSION__HOST:
				return getHost();
			case CommissioningPackage.SESSION__TWINWORKS_VERSION:
				return getTwinworksVersion();
			case CommissioningPackage.SESSION__RECORDING:
				return getRecording();
			case CommissioningPackage.SESSION__STARTED:
				return getStarted();
			case CommissioningPackage.SESSION__ENDED:
				return getEnded();
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
			case CommissioningPackage.SESSION__ID:
				setId((String)newValue);
				return;
			case CommissioningPackage.SESSION__ENDPOINT_URL:
				setEndpointUrl((String)newValue);
				return;
			case CommissioningPackage.SESSION__SECURITY_POLICY:
				setSecurityPolicy((String)newValue);
				return;
			case CommissioningPackage.SESSION__SECURITY_MODE:
				setSecurityMode((String)newValue);
				return;
			case CommissioningPackage.SESSION__SERVER_THUMBPRINT:
				setServerThumbprint((String)newValue);
				return;
			case CommissioningPackage.SESSION__SERVER_APPLICATION_URI:
				setServerApplicationUri((String)newValue);
				return;
			case CommissioningPackage.SESSION__USER:
				setUser((String)newValue);
				return;
			case CommissioningPackage.SESSION__HOST:
				setHost((String)newValue);
				return;
			case CommissioningPackage.SESSION__TWINWORKS_VERSION:
				setTwinworksVersion((String)newValue);
				return;
			case CommissioningPackage.SESSION__RECORDING:
				setRecording((String)newValue);
				return;
			case CommissioningPackage.SESSION__STARTED:
				setStarted((String)newValue);
				return;
			case CommissioningPackage.SESSION__ENDED:
				setEnded((String)newValue);
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
			case CommissioningPackage.SESSION__ID:
				setId(ID_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__ENDPOINT_URL:
				setEndpointUrl(ENDPOINT_URL_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__SECURITY_POLICY:
				setSecurityPolicy(SECURITY_POLICY_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__SECURITY_MODE:
				setSecurityMode(SECURITY_MODE_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__SERVER_THUMBPRINT:
				setServerThumbprint(SERVER_THUMBPRINT_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__SERVER_APPLICATION_URI:
				setServerApplicationUri(SERVER_APPLICATION_URI_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__USER:
				setUser(USER_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__TWINWORKS_VERSION:
				setTwinworksVersion(TWINWORKS_VERSION_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__RECORDING:
				setRecording(RECORDING_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case CommissioningPackage.SESSION__ENDED:
				setEnded(ENDED_EDEFAULT);
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
			case CommissioningPackage.SESSION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CommissioningPackage.SESSION__ENDPOINT_URL:
				return ENDPOINT_URL_EDEFAULT == null ? endpointUrl != null : !ENDPOINT_URL_EDEFAULT.equals(endpointUrl);
			case CommissioningPackage.SESSION__SECURITY_POLICY:
				return SECURITY_POLICY_EDEFAULT == null ? securityPolicy != null : !SECURITY_POLICY_EDEFAULT.equals(securityPolicy);
			case CommissioningPackage.SESSION__SECURITY_MODE:
				return SECURITY_MODE_EDEFAULT == null ? securityMode != null : !SECURITY_MODE_EDEFAULT.equals(securityMode);
			case CommissioningPackage.SESSION__SERVER_THUMBPRINT:
				return SERVER_THUMBPRINT_EDEFAULT == null ? serverThumbprint != null : !SERVER_THUMBPRINT_EDEFAULT.equals(serverThumbprint);
			case CommissioningPackage.SESSION__SERVER_APPLICATION_URI:
				return SERVER_APPLICATION_URI_EDEFAULT == null ? serverApplicationUri != null : !SERVER_APPLICATION_URI_EDEFAULT.equals(serverApplicationUri);
			case CommissioningPackage.SESSION__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case CommissioningPackage.SESSION__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case CommissioningPackage.SESSION__TWINWORKS_VERSION:
				return TWINWORKS_VERSION_EDEFAULT == null ? twinworksVersion != null : !TWINWORKS_VERSION_EDEFAULT.equals(twinworksVersion);
			case CommissioningPackage.SESSION__RECORDING:
				return RECORDING_EDEFAULT == null ? recording != null : !RECORDING_EDEFAULT.equals(recording);
			case CommissioningPackage.SESSION__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case CommissioningPackage.SESSION__ENDED:
				return ENDED_EDEFAULT == null ? ended != null : !ENDED_EDEFAULT.equals(ended);
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
		result.append(" (id: "); //$NON-NLS-1$
		result.append(id);
		result.append(", endpointUrl: "); //$NON-NLS-1$
		result.append(endpointUrl);
		result.append(", securityPolicy: "); //$NON-NLS-1$
		result.append(securityPolicy);
		result.append(", securityMode: "); //$NON-NLS-1$
		result.append(securityMode);
		result.append(", serverThumbprint: "); //$NON-NLS-1$
		result.append(serverThumbprint);
		result.append(", serverApplicationUri: "); //$NON-NLS-1$
		result.append(serverApplicationUri);
		result.append(", user: "); //$NON-NLS-1$
		result.append(user);
		result.append(", host: "); //$NON-NLS-1$
		result.append(host);
		result.append(", twinworksVersion: "); //$NON-NLS-1$
		result.append(twinworksVersion);
		result.append(", recording: "); //$NON-NLS-1$
		result.append(recording);
		result.append(", started: "); //$NON-NLS-1$
		result.append(started);
		result.append(", ended: "); //$NON-NLS-1$
		result.append(ended);
		result.append(')');
		return result.toString();
	}

} //SessionImpl
