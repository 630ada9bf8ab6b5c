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

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.twinworks.model.AuthenticationKind;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EndpointKind;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.model.TwinPackage;

import org.twinworks.model.rules.EndpointRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.impl.EndpointImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EndpointImpl#getSecurityPolicy <em>Security Policy</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EndpointImpl#getSecurityMode <em>Security Mode</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EndpointImpl#getAuthentication <em>Authentication</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EndpointImpl#getUsername <em>Username</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EndpointImpl#isLabMode <em>Lab Mode</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EndpointImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EndpointImpl#getGroupId <em>Group Id</em>}</li>
 *   <li>{@link org.twinworks.model.impl.EndpointImpl#getEdgeNodeId <em>Edge Node Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndpointImpl extends NamedImpl implements Endpoint {
	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityPolicy() <em>Security Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final SecurityPolicyKind SECURITY_POLICY_EDEFAULT = SecurityPolicyKind.BEST_AVAILABLE;

	/**
	 * The cached value of the '{@link #getSecurityPolicy() <em>Security Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityPolicy()
	 * @generated
	 * @ordered
	 */
	protected SecurityPolicyKind securityPolicy = SECURITY_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityMode() <em>Security Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityMode()
	 * @generated
	 * @ordered
	 */
	protected static final SecurityModeKind SECURITY_MODE_EDEFAULT = SecurityModeKind.SIGN_AND_ENCRYPT;

	/**
	 * The cached value of the '{@link #getSecurityMode() <em>Security Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityMode()
	 * @generated
	 * @ordered
	 */
	protected SecurityModeKind securityMode = SECURITY_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthentication() <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthentication()
	 * @generated
	 * @ordered
	 */
	protected static final AuthenticationKind AUTHENTICATION_EDEFAULT = AuthenticationKind.ANONYMOUS;

	/**
	 * The cached value of the '{@link #getAuthentication() <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthentication()
	 * @generated
	 * @ordered
	 */
	protected AuthenticationKind authentication = AUTHENTICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected static final String USERNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected String username = USERNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isLabMode() <em>Lab Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabMode()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAB_MODE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLabMode() <em>Lab Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabMode()
	 * @generated
	 * @ordered
	 */
	protected boolean labMode = LAB_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EndpointKind KIND_EDEFAULT = EndpointKind.OPC_UA;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EndpointKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupId() <em>Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupId()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroupId() <em>Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupId()
	 * @generated
	 * @ordered
	 */
	protected String groupId = GROUP_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getEdgeNodeId() <em>Edge Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgeNodeId()
	 * @generated
	 * @ordered
	 */
	protected static final String EDGE_NODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEdgeNodeId() <em>Edge Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgeNodeId()
	 * @generated
	 * @ordered
	 */
	protected String edgeNodeId = EDGE_NODE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ENDPOINT__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityPolicyKind getSecurityPolicy() {
		return securityPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityPolicy(SecurityPolicyKind newSecurityPolicy) {
		SecurityPolicyKind oldSecurityPolicy = securityPolicy;
		securityPolicy = newSecurityPolicy == null ? SECURITY_POLICY_EDEFAULT : newSecurityPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ENDPOINT__SECURITY_POLICY, oldSecurityPolicy, securityPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityModeKind getSecurityMode() {
		return securityMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityMode(SecurityModeKind newSecurityMode) {
		SecurityModeKind oldSecurityMode = securityMode;
		securityMode = newSecurityMode == null ? SECURITY_MODE_EDEFAULT : newSecurityMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ENDPOINT__SECURITY_MODE, oldSecurityMode, securityMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuthenticationKind getAuthentication() {
		return authentication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthentication(AuthenticationKind newAuthentication) {
		AuthenticationKind oldAuthentication = authentication;
		authentication = newAuthentication == null ? AUTHENTICATION_EDEFAULT : newAuthentication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ENDPOINT__AUTHENTICATION, oldAuthentication, authentication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsername(String newUsername) {
		String oldUsername = username;
		username = newUsername;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ENDPOINT__USERNAME, oldUsername, username));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLabMode() {
		return labMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabMode(boolean newLabMode) {
		boolean oldLabMode = labMode;
		labMode = newLabMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ENDPOINT__LAB_MODE, oldLabMode, labMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EndpointKind newKind) {
		EndpointKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ENDPOINT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroupId() {
		return groupId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupId(String newGroupId) {
		String oldGroupId = groupId;
		groupId = newGroupId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ENDPOINT__GROUP_ID, oldGroupId, groupId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEdgeNodeId() {
		return edgeNodeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdgeNodeId(String newEdgeNodeId) {
		String oldEdgeNodeId = edgeNodeId;
		edgeNodeId = newEdgeNodeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.ENDPOINT__EDGE_NODE_ID, oldEdgeNodeId, edgeNodeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validUrl(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return EndpointRules.validUrl(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.ENDPOINT__URL:
				return getUrl();
			case TwinPackage.ENDPOINT__SECURITY_POLICY:
				return getSecurityPolicy();
			case TwinPackage.ENDPOINT__SECURITY_MODE:
				return getSecurityMode();
			case TwinPackage.ENDPOINT__AUTHENTICATION:
				return getAuthentication();
			case TwinPackage.ENDPOINT__USERNAME:
				return getUsername();
			case TwinPackage.ENDPOINT__LAB_MODE:
				return isLabMode();
			case TwinPackage.ENDPOINT__KIND:
				return getKind();
			case TwinPackage.ENDPOINT__GROUP_ID:
				return getGroupId();
			case TwinPackage.ENDPOINT__EDGE_NODE_ID:
				return getEdgeNodeId();
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
			case TwinPackage.ENDPOINT__URL:
				setUrl((String)newValue);
				return;
			case TwinPackage.ENDPOINT__SECURITY_POLICY:
				setSecurityPolicy((SecurityPolicyKind)newValue);
				return;
			case TwinPackage.ENDPOINT__SECURITY_MODE:
				setSecurityMode((SecurityModeKind)newValue);
				return;
			case TwinPackage.ENDPOINT__AUTHENTICATION:
				setAuthentication((AuthenticationKind)newValue);
				return;
			case TwinPackage.ENDPOINT__USERNAME:
				setUsername((String)newValue);
				return;
			case TwinPackage.ENDPOINT__LAB_MODE:
				setLabMode((Boolean)newValue);
				return;
			case TwinPackage.ENDPOINT__KIND:
				setKind((EndpointKind)newValue);
				return;
			case TwinPackage.ENDPOINT__GROUP_ID:
				setGroupId((String)newValue);
				return;
			case TwinPackage.ENDPOINT__EDGE_NODE_ID:
				setEdgeNodeId((String)newValue);
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
			case TwinPackage.ENDPOINT__URL:
				setUrl(URL_EDEFAULT);
				return;
			case TwinPackage.ENDPOINT__SECURITY_POLICY:
				setSecurityPolicy(SECURITY_POLICY_EDEFAULT);
				return;
			case TwinPackage.ENDPOINT__SECURITY_MODE:
				setSecurityMode(SECURITY_MODE_EDEFAULT);
				return;
			case TwinPackage.ENDPOINT__AUTHENTICATION:
				setAuthentication(AUTHENTICATION_EDEFAULT);
				return;
			case TwinPackage.ENDPOINT__USERNAME:
				setUsername(USERNAME_EDEFAULT);
				return;
			case TwinPackage.ENDPOINT__LAB_MODE:
				setLabMode(LAB_MODE_EDEFAULT);
				return;
			case TwinPackage.ENDPOINT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TwinPackage.ENDPOINT__GROUP_ID:
				setGroupId(GROUP_ID_EDEFAULT);
				return;
			case TwinPackage.ENDPOINT__EDGE_NODE_ID:
				setEdgeNodeId(EDGE_NODE_ID_EDEFAULT);
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
			case TwinPackage.ENDPOINT__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case TwinPackage.ENDPOINT__SECURITY_POLICY:
				return securityPolicy != SECURITY_POLICY_EDEFAULT;
			case TwinPackage.ENDPOINT__SECURITY_MODE:
				return securityMode != SECURITY_MODE_EDEFAULT;
			case TwinPackage.ENDPOINT__AUTHENTICATION:
				return authentication != AUTHENTICATION_EDEFAULT;
			case TwinPackage.ENDPOINT__USERNAME:
				return USERNAME_EDEFAULT == null ? username != null : !USERNAME_EDEFAULT.equals(username);
			case TwinPackage.ENDPOINT__LAB_MODE:
				return labMode != LAB_MODE_EDEFAULT;
			case TwinPackage.ENDPOINT__KIND:
				return kind != KIND_EDEFAULT;
			case TwinPackage.ENDPOINT__GROUP_ID:
				return GROUP_ID_EDEFAULT == null ? groupId != null : !GROUP_ID_EDEFAULT.equals(groupId);
			case TwinPackage.ENDPOINT__EDGE_NODE_ID:
				return EDGE_NODE_ID_EDEFAULT == null ? edgeNodeId != null : !EDGE_NODE_ID_EDEFAULT.equals(edgeNodeId);
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
			case TwinPackage.ENDPOINT___VALID_URL__DIAGNOSTICCHAIN_MAP:
				return validUrl((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (url: "); //$NON-NLS-1$
		result.append(url);
		result.append(", securityPolicy: "); //$NON-NLS-1$
		result.append(securityPolicy);
		result.append(", securityMode: "); //$NON-NLS-1$
		result.append(securityMode);
		result.append(", authentication: "); //$NON-NLS-1$
		result.append(authentication);
		result.append(", username: "); //$NON-NLS-1$
		result.append(username);
		result.append(", labMode: "); //$NON-NLS-1$
		result.append(labMode);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", groupId: "); //$NON-NLS-1$
		result.append(groupId);
		result.append(", edgeNodeId: "); //$NON-NLS-1$
		result.append(edgeNodeId);
		result.append(')');
		return result.toString();
	}

} //EndpointImpl
