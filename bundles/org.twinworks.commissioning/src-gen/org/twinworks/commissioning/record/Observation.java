/**
 * Copyright (c) 2026 Twinworks and others. SPDX-License-Identifier: EPL-2.0
 */
package org.twinworks.commissioning.record;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Observation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One captured DataValue, also appended to the evidence chain (chainIndex) so an edit of it here is found by verify.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getRole <em>Role</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getSignal <em>Signal</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getTag <em>Tag</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getNodeId <em>Node Id</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getValue <em>Value</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getStatusCode <em>Status Code</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getSourceTime <em>Source Time</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getServerTime <em>Server Time</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getCapturedAt <em>Captured At</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getSession <em>Session</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getUser <em>User</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getRecordingFrom <em>Recording From</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getRecordingTo <em>Recording To</em>}</li>
 *   <li>{@link org.twinworks.commissioning.record.Observation#getChainIndex <em>Chain Index</em>}</li>
 * </ul>
 *
 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation()
 * @model
 * @generated
 */
public interface Observation extends EObject {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signal</em>' attribute.
	 * @see #setSignal(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_Signal()
	 * @model
	 * @generated
	 */
	String getSignal();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getSignal <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signal</em>' attribute.
	 * @see #getSignal()
	 * @generated
	 */
	void setSignal(String value);

	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Id</em>' attribute.
	 * @see #setNodeId(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_NodeId()
	 * @model
	 * @generated
	 */
	String getNodeId();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getNodeId <em>Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Id</em>' attribute.
	 * @see #getNodeId()
	 * @generated
	 */
	void setNodeId(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Status Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Code</em>' attribute.
	 * @see #setStatusCode(long)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_StatusCode()
	 * @model
	 * @generated
	 */
	long getStatusCode();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getStatusCode <em>Status Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Code</em>' attribute.
	 * @see #getStatusCode()
	 * @generated
	 */
	void setStatusCode(long value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_Status()
	 * @model
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Source Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Time</em>' attribute.
	 * @see #setSourceTime(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_SourceTime()
	 * @model
	 * @generated
	 */
	String getSourceTime();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getSourceTime <em>Source Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Time</em>' attribute.
	 * @see #getSourceTime()
	 * @generated
	 */
	void setSourceTime(String value);

	/**
	 * Returns the value of the '<em><b>Server Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server Time</em>' attribute.
	 * @see #setServerTime(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_ServerTime()
	 * @model
	 * @generated
	 */
	String getServerTime();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getServerTime <em>Server Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server Time</em>' attribute.
	 * @see #getServerTime()
	 * @generated
	 */
	void setServerTime(String value);

	/**
	 * Returns the value of the '<em><b>Captured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Captured At</em>' attribute.
	 * @see #setCapturedAt(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_CapturedAt()
	 * @model
	 * @generated
	 */
	String getCapturedAt();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getCapturedAt <em>Captured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Captured At</em>' attribute.
	 * @see #getCapturedAt()
	 * @generated
	 */
	void setCapturedAt(String value);

	/**
	 * Returns the value of the '<em><b>Session</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session</em>' reference.
	 * @see #setSession(Session)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_Session()
	 * @model
	 * @generated
	 */
	Session getSession();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getSession <em>Session</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session</em>' reference.
	 * @see #getSession()
	 * @generated
	 */
	void setSession(Session value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Recording From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recording From</em>' attribute.
	 * @see #setRecordingFrom(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_RecordingFrom()
	 * @model
	 * @generated
	 */
	String getRecordingFrom();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getRecordingFrom <em>Recording From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recording From</em>' attribute.
	 * @see #getRecordingFrom()
	 * @generated
	 */
	void setRecordingFrom(String value);

	/**
	 * Returns the value of the '<em><b>Recording To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recording To</em>' attribute.
	 * @see #setRecordingTo(String)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_RecordingTo()
	 * @model
	 * @generated
	 */
	String getRecordingTo();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getRecordingTo <em>Recording To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recording To</em>' attribute.
	 * @see #getRecordingTo()
	 * @generated
	 */
	void setRecordingTo(String value);

	/**
	 * Returns the value of the '<em><b>Chain Index</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chain Index</em>' attribute.
	 * @see #setChainIndex(long)
	 * @see org.twinworks.commissioning.record.CommissioningPackage#getObservation_ChainIndex()
	 * @model default="-1"
	 * @generated
	 */
	long getChainIndex();

	/**
	 * Sets the value of the '{@link org.twinworks.commissioning.record.Observation#getChainIndex <em>Chain Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chain Index</em>' attribute.
	 * @see #getChainIndex()
	 * @generated
	 */
	void setChainIndex(long value);

} // Observation
