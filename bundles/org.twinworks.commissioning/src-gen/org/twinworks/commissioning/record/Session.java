/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.Session#getId <em>Id</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getEndpointUrl <em>Endpoint Url</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getSecurityPolicy <em>Security Policy</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getSecurityMode <em>Security Mode</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getServerThumbprint <em>Server Thumbprint</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getServerApplicationUri <em>Server Application Uri</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getUser <em>User</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getHost <em>Host</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getTwinworksVersion <em>Twinworks Version</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getRecording <em>Recording</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getStarted <em>Started</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Session#getEnded <em>Ended</em>}</li>
 * </ul>
 *
 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession()
 * @model
 * @generated
 */
public interface Session extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Endpoint Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoint Url</em>' attribute.
	 * @see #setEndpointUrl(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_EndpointUrl()
	 * @model
	 * @generated
	 */
	String getEndpointUrl();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getEndpointUrl <em>Endpoint Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint Url</em>' attribute.
	 * @see #getEndpointUrl()
	 * @generated
	 */
	void setEndpointUrl(String value);

	/**
	 * Returns the value of the '<em><b>Security Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Security Policy</em>' attribute.
	 * @see #setSecurityPolicy(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_SecurityPolicy()
	 * @model
	 * @generated
	 */
	String getSecurityPolicy();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getSecurityPolicy <em>Security Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Policy</em>' attribute.
	 * @see #getSecurityPolicy()
	 * @generated
	 */
	void setSecurityPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Security Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Security Mode</em>' attribute.
	 * @see #setSecurityMode(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_SecurityMode()
	 * @model
	 * @generated
	 */
	String getSecurityMode();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getSecurityMode <em>Security Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Mode</em>' attribute.
	 * @see #getSecurityMode()
	 * @generated
	 */
	void setSecurityMode(String value);

	/**
	 * Returns the value of the '<em><b>Server Thumbprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server Thumbprint</em>' attribute.
	 * @see #setServerThumbprint(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_ServerThumbprint()
	 * @model
	 * @generated
	 */
	String getServerThumbprint();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getServerThumbprint <em>Server Thumbprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server Thumbprint</em>' attribute.
	 * @see #getServerThumbprint()
	 * @generated
	 */
	void setServerThumbprint(String value);

	/**
	 * Returns the value of the '<em><b>Server Application Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server Application Uri</em>' attribute.
	 * @see #setServerApplicationUri(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_ServerApplicationUri()
	 * @model
	 * @generated
	 */
	String getServerApplicationUri();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getServerApplicationUri <em>Server Application Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server Application Uri</em>' attribute.
	 * @see #getServerApplicationUri()
	 * @generated
	 */
	void setServerApplicationUri(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Twinworks Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Twinworks Version</em>' attribute.
	 * @see #setTwinworksVersion(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_TwinworksVersion()
	 * @model
	 * @generated
	 */
	String getTwinworksVersion();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getTwinworksVersion <em>Twinworks Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Twinworks Version</em>' attribute.
	 * @see #getTwinworksVersion()
	 * @generated
	 */
	void setTwinworksVersion(String value);

	/**
	 * Returns the value of the '<em><b>Recording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The working-memory recording of this session, relative to the record's folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recording</em>' attribute.
	 * @see #setRecording(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_Recording()
	 * @model
	 * @generated
	 */
	String getRecording();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getRecording <em>Recording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recording</em>' attribute.
	 * @see #getRecording()
	 * @generated
	 */
	void setRecording(String value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_Started()
	 * @model
	 * @generated
	 */
	String getStarted();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(String value);

	/**
	 * Returns the value of the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended</em>' attribute.
	 * @see #setEnded(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getSession_Ended()
	 * @model
	 * @generated
	 */
	String getEnded();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Session#getEnded <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended</em>' attribute.
	 * @see #getEnded()
	 * @generated
	 */
	void setEnded(String value);

} // Session
