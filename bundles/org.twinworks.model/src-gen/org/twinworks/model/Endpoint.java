/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An OPC UA server endpoint, with the security this twin asks for, or a Sparkplug B edge node behind an MQTT broker (kind). Passwords are never stored in the model: they live in the workbench's secure storage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.model.Endpoint#getUrl <em>Url</em>}</li>
 *   <li>{@link org.twinworks.model.Endpoint#getSecurityPolicy <em>Security Policy</em>}</li>
 *   <li>{@link org.twinworks.model.Endpoint#getSecurityMode <em>Security Mode</em>}</li>
 *   <li>{@link org.twinworks.model.Endpoint#getAuthentication <em>Authentication</em>}</li>
 *   <li>{@link org.twinworks.model.Endpoint#getUsername <em>Username</em>}</li>
 *   <li>{@link org.twinworks.model.Endpoint#isLabMode <em>Lab Mode</em>}</li>
 *   <li>{@link org.twinworks.model.Endpoint#getKind <em>Kind</em>}</li>
 *   <li>{@link org.twinworks.model.Endpoint#getGroupId <em>Group Id</em>}</li>
 *   <li>{@link org.twinworks.model.Endpoint#getEdgeNodeId <em>Edge Node Id</em>}</li>
 * </ul>
 *
 * @see org.twinworks.model.TwinPackage#getEndpoint()
 * @model
 * @generated
 */
public interface Endpoint extends Named {
	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. opc.tcp://127.0.0.1:4840/twinworks
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.twinworks.model.TwinPackage#getEndpoint_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Endpoint#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Security Policy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.SecurityPolicyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy wanted; BestAvailable takes the strongest the server offers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Policy</em>' attribute.
	 * @see org.twinworks.model.SecurityPolicyKind
	 * @see #setSecurityPolicy(SecurityPolicyKind)
	 * @see org.twinworks.model.TwinPackage#getEndpoint_SecurityPolicy()
	 * @model
	 * @generated
	 */
	SecurityPolicyKind getSecurityPolicy();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Endpoint#getSecurityPolicy <em>Security Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Policy</em>' attribute.
	 * @see org.twinworks.model.SecurityPolicyKind
	 * @see #getSecurityPolicy()
	 * @generated
	 */
	void setSecurityPolicy(SecurityPolicyKind value);

	/**
	 * Returns the value of the '<em><b>Security Mode</b></em>' attribute.
	 * The default value is <code>"SignAndEncrypt"</code>.
	 * The literals are from the enumeration {@link org.twinworks.model.SecurityModeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Security Mode</em>' attribute.
	 * @see org.twinworks.model.SecurityModeKind
	 * @see #setSecurityMode(SecurityModeKind)
	 * @see org.twinworks.model.TwinPackage#getEndpoint_SecurityMode()
	 * @model default="SignAndEncrypt"
	 * @generated
	 */
	SecurityModeKind getSecurityMode();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Endpoint#getSecurityMode <em>Security Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Mode</em>' attribute.
	 * @see org.twinworks.model.SecurityModeKind
	 * @see #getSecurityMode()
	 * @generated
	 */
	void setSecurityMode(SecurityModeKind value);

	/**
	 * Returns the value of the '<em><b>Authentication</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.AuthenticationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authentication</em>' attribute.
	 * @see org.twinworks.model.AuthenticationKind
	 * @see #setAuthentication(AuthenticationKind)
	 * @see org.twinworks.model.TwinPackage#getEndpoint_Authentication()
	 * @model
	 * @generated
	 */
	AuthenticationKind getAuthentication();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Endpoint#getAuthentication <em>Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authentication</em>' attribute.
	 * @see org.twinworks.model.AuthenticationKind
	 * @see #getAuthentication()
	 * @generated
	 */
	void setAuthentication(AuthenticationKind value);

	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For username authentication; the password is in secure storage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see org.twinworks.model.TwinPackage#getEndpoint_Username()
	 * @model
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Endpoint#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>Lab Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allow an unencrypted session (security None) to this endpoint: for labs and simulators only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lab Mode</em>' attribute.
	 * @see #setLabMode(boolean)
	 * @see org.twinworks.model.TwinPackage#getEndpoint_LabMode()
	 * @model
	 * @generated
	 */
	boolean isLabMode();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Endpoint#isLabMode <em>Lab Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lab Mode</em>' attribute.
	 * @see #isLabMode()
	 * @generated
	 */
	void setLabMode(boolean value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.twinworks.model.EndpointKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the endpoint is: an OPC UA server (the default), or a Sparkplug B edge node read through an MQTT broker (the URL is then mqtt[s]://host:port and bindings name device/metric).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.model.EndpointKind
	 * @see #setKind(EndpointKind)
	 * @see org.twinworks.model.TwinPackage#getEndpoint_Kind()
	 * @model
	 * @generated
	 */
	EndpointKind getKind();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Endpoint#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.twinworks.model.EndpointKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EndpointKind value);

	/**
	 * Returns the value of the '<em><b>Group Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a Sparkplug B endpoint: the Sparkplug group id of the edge node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Id</em>' attribute.
	 * @see #setGroupId(String)
	 * @see org.twinworks.model.TwinPackage#getEndpoint_GroupId()
	 * @model
	 * @generated
	 */
	String getGroupId();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Endpoint#getGroupId <em>Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Id</em>' attribute.
	 * @see #getGroupId()
	 * @generated
	 */
	void setGroupId(String value);

	/**
	 * Returns the value of the '<em><b>Edge Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a Sparkplug B endpoint: the edge node id (e.g. the gateway's --node).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edge Node Id</em>' attribute.
	 * @see #setEdgeNodeId(String)
	 * @see org.twinworks.model.TwinPackage#getEndpoint_EdgeNodeId()
	 * @model
	 * @generated
	 */
	String getEdgeNodeId();

	/**
	 * Sets the value of the '{@link org.twinworks.model.Endpoint#getEdgeNodeId <em>Edge Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edge Node Id</em>' attribute.
	 * @see #getEdgeNodeId()
	 * @generated
	 */
	void setEdgeNodeId(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The URL is an opc.tcp URL with a host (OPC UA), or mqtt[s]://host:port with a group id and an edge node id (Sparkplug B).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validUrl(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Endpoint
